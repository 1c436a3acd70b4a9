package dev.steadfast.ops.drill;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** How the report writes numbers and text, the same in its Markdown and its SVG. */
final class ReportText {

    static final String NONE = "n/a";

    private ReportText() {}

    /** "850 ms" below a second, "12.3 s" from one: a reader compares failover times in seconds, latencies in ms. */
    static String millis(long ms) {
        return ms < 1000 ? ms + " ms" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    static String duration(Optional<Duration> d) {
        return d.map(x -> millis(x.toMillis())).orElse(NONE);
    }

    static String failures(Map<String, Long> byWord) {
        return byWord.isEmpty() ? "none"
                : byWord.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "));
    }

    static String bytes(long b) {
        return b <= 0 ? NONE : String.format(Locale.ROOT, "%.1f GiB", b / (1024.0 * 1024 * 1024));
    }

    /** A Markdown table cell: a pipe would end it, a line break the row. */
    static String cell(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace('\n', ' ').replace('\r', ' ');
    }

    static String xml(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> b.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? ' ' : c);
            }
        }
        return b.toString();
    }
}
