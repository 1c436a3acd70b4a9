package dev.steadfast.testing;

import java.util.List;

/** Reads figures off a page in Prometheus' text format, as a worker's probe and a host's supervisor serve them. */
public final class MetricsPage {

    private MetricsPage() {}

    /**
     * The sum of the samples of {@code name} that carry every one of {@code labels}, each written {@code key="value"};
     * 0 when there is none.
     */
    public static double sum(String page, String name, String... labels) {
        return page.lines().filter(l -> l.startsWith(name + " ") || l.startsWith(name + "{"))
                .filter(l -> List.of(labels).stream().allMatch(l::contains))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }
}
