package dev.steadfast.testing.fuzz;

import java.util.Map;
import java.util.TreeMap;

/**
 * How a fuzz run was answered: the number of answers of each HTTP status. A run that was stopped early for every
 * request (credentials refused: all 401 or 403; a wrong path: all 404) passes the fuzz checks, so a test asserts the
 * statuses it expects of its caller here.
 *
 * @param byStatus   the number of answers of each status
 * @param byEndpoint the same for each resource method, by "METHOD path" as {@link EndpointFuzzer#endpoints} names it
 */
public record Answers(Map<Integer, Integer> byStatus, Map<String, Map<Integer, Integer>> byEndpoint) {

    public Answers {
        byStatus = Map.copyOf(byStatus);
        Map<String, Map<Integer, Integer>> copy = new TreeMap<>();
        byEndpoint.forEach((endpoint, counts) -> copy.put(endpoint, Map.copyOf(counts)));
        byEndpoint = java.util.Collections.unmodifiableMap(copy);
    }

    /** @return the statuses the resource method was answered with, and how often; empty if it got no request */
    public Map<Integer, Integer> of(String endpoint) {
        return byEndpoint.getOrDefault(endpoint, Map.of());
    }

    /** @return the number of requests answered */
    public int total() {
        return byStatus.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** @return the number of answers with this status */
    public int count(int status) {
        return byStatus.getOrDefault(status, 0);
    }

    @Override
    public String toString() {
        return total() + " answers " + new TreeMap<>(byStatus);
    }
}
