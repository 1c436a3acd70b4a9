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
 * JGroups prints at most 20 members, then " ...": such a view lists fewer members than its size.
 *
 * @param id the view id, {@code creator|number}: members that installed the same view report the same id
 * @param size the number of members of the view
 * @param members the node names of the view, in view order (the first is the coordinator); the first 20 of a larger view
 * @param subgroups the views that merged into this one; empty for a plain view
 */
record ClusterView(String id, int size, List<String> members, List<ClusterView> subgroups) {

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

    /**
     * True if this view's members are exactly these names; for a view printed in part, if its size is theirs and every
     * member it lists is one of them.
     */
    boolean hasExactly(Set<String> names) {
        return members.size() == size ? new TreeSet<>(members).equals(names) : size == names.size() && names.containsAll(members);
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
            boolean[] truncated = new boolean[1];
            List<String> members = members(truncated);
            if (truncated[0] ? members.size() >= size : members.size() != size) {
                throw new IllegalArgumentException("size " + size + " but " + members);
            }
            List<ClusterView> subgroups = new ArrayList<>();
            if (merge && !atEnd()) {
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
            return new ClusterView(id, size, List.copyOf(members), List.copyOf(subgroups));
        }

        /** [a, b(v=1), c]: names separated by ", " at depth zero; a suffix in parentheses is dropped; "c ...]" ends a truncated list. */
        private List<String> members(boolean[] truncated) {
            expect("[");
            List<String> names = new ArrayList<>();
            StringBuilder name = new StringBuilder();
            int depth = 0;
            while (true) {
                char c = next();
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                } else if (depth == 0 && (c == ',' || c == ']')) {
                    String n = name.toString().strip();
                    if (c == ']' && n.endsWith("...")) {
                        truncated[0] = true;
                        n = n.substring(0, n.length() - 3).strip();
                    }
                    if (!n.isEmpty()) {
                        names.add(n);
                    }
                    name.setLength(0);
                    if (c == ']') {
                        return names;
                    }
                } else if (depth == 0) {
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
