package dev.steadfast.ops.metrics;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One scrape page: each metric family once, with its HELP and TYPE lines before its first sample, in the order
 * families are first written, so a family may get samples from several places. Label values are escaped as the
 * format requires (backslash, double quote, line feed).
 */
public final class PrometheusText {

    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final Map<String, StringBuilder> families = new LinkedHashMap<>();

    /** A gauge sample: a value that goes up and down. */
    public PrometheusText gauge(String name, String help, double value, String... labels) {
        return sample(name, "gauge", help, name, value, labels);
    }

    /** A counter sample; its name ends in {@code _total}. */
    public PrometheusText counter(String name, String help, double value, String... labels) {
        if (!name.endsWith("_total")) {
            throw new IllegalArgumentException("A counter's name ends in _total: " + name);
        }
        return sample(name, "counter", help, name, value, labels);
    }

    /**
     * A histogram: {@code cumulative[i]} requests took at most {@code bounds[i]} seconds; {@code count} is the
     * {@code +Inf} bucket.
     */
    public PrometheusText histogram(String name, String help, double[] bounds, long[] cumulative, double sum, long count,
                                    String... labels) {
        for (int i = 0; i < bounds.length; i++) {
            sample(name, "histogram", help, name + "_bucket", cumulative[i], with(labels, "le", number(bounds[i])));
        }
        sample(name, "histogram", help, name + "_bucket", count, with(labels, "le", "+Inf"));
        sample(name, "histogram", help, name + "_sum", sum, labels);
        return sample(name, "histogram", help, name + "_count", count, labels);
    }

    @Override
    public String toString() {
        StringBuilder page = new StringBuilder();
        families.values().forEach(page::append);
        return page.toString();
    }

    private PrometheusText sample(String family, String type, String help, String name, double value, String... labels) {
        if (labels.length % 2 != 0) {
            throw new IllegalArgumentException("Labels come as name, value pairs: " + String.join(",", labels));
        }
        StringBuilder lines = families.computeIfAbsent(family, f -> new StringBuilder()
                .append("# HELP ").append(f).append(' ').append(help.replace("\\", "\\\\").replace("\n", "\\n")).append('\n')
                .append("# TYPE ").append(f).append(' ').append(type).append('\n'));
        lines.append(name);
        if (labels.length > 0) {
            lines.append('{');
            for (int i = 0; i < labels.length; i += 2) {
                lines.append(i == 0 ? "" : ",").append(labels[i]).append("=\"").append(escaped(labels[i + 1])).append('"');
            }
            lines.append('}');
        }
        lines.append(' ').append(number(value)).append('\n');
        return this;
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : BigDecimal.valueOf(value).toPlainString();
    }

    private static String escaped(String value) {
        return (value == null ? "" : value).replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static String[] with(String[] labels, String name, String value) {
        String[] all = Arrays.copyOf(labels, labels.length + 2);
        all[labels.length] = name;
        all[labels.length + 1] = value;
        return all;
    }
}
