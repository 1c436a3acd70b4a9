package dev.steadfast.ops.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A JGroups view as a server's channel reports it, parsed: {@code [apps-1|2] (2) [apps-1, apps-2]}, or after a
 * split healed, {@code MergeView::[apps-1|5] (2) [apps-1, apps-2], 2 subgroups: [apps-1|3] (1) [apps-1], [apps-2|4] (1) [apps-2]}.
 * A member may carry a suffix in parentheses once Infinispan joined ({@code apps-1(v=16.0.5)}); the node name is before it.
 *
 * @param id the view id, {@code creator|number}: members that installed the same view report the same id
 * @param members the node names of the view, in view order (the first is the coordinator)
 * @param subgroups the views that merged into this one; empty for a plain view
 */
record ClusterView(String id, List<String> members, List<ClusterView> subgroups) {

    private static final String MERGE = "MergeView::";

    /** The parsed view, or empty for a channel with no view ("n/a", nothing) or a text that is not a view. */
    static Optional<ClusterView> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            Parser p = new Parser(text.strip());
            ClusterView view = p.view();
            return p.atEnd() ? Optional.of(view) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    boolean merged() {
        return !subgroups.isEmpty();
    }

    Set<String> memberSet() {
        return new TreeSet<>(members);
    }

    @Override
    public String toString() {
        return "[" + id + "] " + members;
    }

    /** A small recursive-descent reader of View.toString() and MergeView.toString(). */
    private static final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        ClusterView view() {
            boolean merge = s.startsWith(MERGE, i);
            if (merge) {
                i += MERGE.length();
            }
            String id = bracketed();
            expect(" (");
            int size = Integer.parseInt(until(')'));
            expect(") ");
            List<String> members = members();
            if (members.size() != size) {
                throw new IllegalArgumentException("size " + size + " but " + members);
            }
            List<ClusterView> subgroups = new ArrayList<>();
            if (merge) {
                expect(", ");
                int count = Integer.parseInt(until(' '));
                expect(" subgroups: ");
                for (int n = 0; n < count; n++) {
                    if (n > 0) {
                        expect(", ");
                    }
                    subgroups.add(view());
                }
            }
            return new ClusterView(id, List.copyOf(members), List.copyOf(subgroups));
        }

        /** [a, b(v=1), c]: names separated by ", " at depth zero; a suffix in parentheses is dropped. */
        private List<String> members() {
            expect("[");
            List<String> names = new ArrayList<>();
            StringBuilder name = new StringBuilder();
            int depth = 0;
            boolean inSuffix = false;
            while (true) {
                char c = next();
                if (c == '(') {
                    depth++;
                    inSuffix = true;
                } else if (c == ')') {
                    depth--;
                } else if (depth == 0 && (c == ',' || c == ']')) {
                    if (!name.toString().isBlank()) {
                        names.add(name.toString().strip());
                    }
                    name.setLength(0);
                    inSuffix = false;
                    if (c == ']') {
                        return names;
                    }
                } else if (depth == 0 && !inSuffix) {
                    name.append(c);
                }
            }
        }

        private String bracketed() {
            expect("[");
            String inner = until(']');
            expect("]");
            if (!inner.contains("|")) {
                throw new IllegalArgumentException("no view id in " + inner);
            }
            return inner;
        }

        private String until(char end) {
            int j = s.indexOf(end, i);
            if (j < 0) {
                throw new IllegalArgumentException("expected '" + end + "' after " + i);
            }
            String part = s.substring(i, j);
            i = j;
            return part;
        }

        private void expect(String token) {
            if (!s.startsWith(token, i)) {
                throw new IllegalArgumentException("expected '" + token + "' at " + i + " of " + s);
            }
            i += token.length();
        }

        private char next() {
            if (i >= s.length()) {
                throw new IllegalArgumentException("unexpected end of " + s);
            }
            return s.charAt(i++);
        }

        boolean atEnd() {
            return i == s.length();
        }
    }
}
