package dev.steadfast.ops.management;

import java.util.ArrayList;
import java.util.List;

import org.jboss.dmr.ModelNode;

/**
 * The management responses in what {@code jboss-cli.sh --output-json} printed: every top-level JSON object of the
 * output is one operation's response ({@code {"outcome" : "success", ...}}); other lines (echoes, messages) are not.
 */
record CliResponses(List<ModelNode> responses) {

    static CliResponses parse(String output) {
        List<ModelNode> found = new ArrayList<>();
        int start = -1;
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < output.length(); i++) {
            char c = output.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"' && depth > 0) {
                inString = true;
            } else if (c == '{' && (depth > 0 || startsLine(output, i))) {
                if (depth++ == 0) {
                    start = i;
                }
            } else if (c == '}' && depth > 0 && --depth == 0) {
                String json = output.substring(start, i + 1);
                try {
                    found.add(ModelNode.fromJSONString(json));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("not a management response: " + json, e);
                }
            }
        }
        return new CliResponses(List.copyOf(found));
    }

    int succeeded() {
        return count("success");
    }

    int failed() {
        return responses.size() - succeeded();
    }

    private int count(String outcome) {
        return (int) responses.stream().filter(r -> outcome.equals(r.get("outcome").asString(""))).count();
    }

    /** A response starts a line of its own; a brace inside an echoed sentence does not start one. */
    private static boolean startsLine(String text, int i) {
        return i == 0 || text.charAt(i - 1) == '\n';
    }
}
