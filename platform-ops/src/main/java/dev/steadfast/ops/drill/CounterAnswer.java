package dev.steadfast.ops.drill;

import java.util.Optional;

/**
 * The counter's answer, {@code count=N node=NODE new=true|false request=ID}, parsed.
 *
 * @param created the request that had this answer created the session
 * @param request the id of the request the counter answered (its {@value DrillApp#REQUEST_HEADER}), or null when the
 *        answer named none
 */
record CounterAnswer(int count, String node, boolean created, String request) {

    /** The answer, or empty for a body that is not one (a page of the balancer's, say). */
    static Optional<CounterAnswer> parse(String body) {
        Integer count = null;
        String node = null;
        Boolean created = null;
        String request = null;
        for (String word : body.strip().split("\\s+")) {
            int eq = word.indexOf('=');
            if (eq < 0) {
                return Optional.empty();
            }
            String value = word.substring(eq + 1);
            switch (word.substring(0, eq)) {
                case "count" -> count = number(value);
                case "node" -> node = value;
                case "request" -> request = value;
                case "new" -> created = "true".equals(value) ? Boolean.TRUE : "false".equals(value) ? Boolean.FALSE : null;
                default -> { }
            }
        }
        return count == null || created == null || count < 0 ? Optional.empty()
                : Optional.of(new CounterAnswer(count, node, created, request));
    }

    private static Integer number(String s) {
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
