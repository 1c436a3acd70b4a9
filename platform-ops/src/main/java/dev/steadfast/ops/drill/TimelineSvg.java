package dev.steadfast.ops.drill;

import static dev.steadfast.ops.drill.ReportText.xml;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToLongFunction;

/**
 * The drill's timeline as a hand-written SVG, 900 × 360: seconds since the load started across; requests per second
 * (a blue line) and errors per second (red bars) on the left axis; p99 and max latency (orange, purple dotted) on the
 * right one; a dashed line at each mark. White ground and plain shapes, so that it reads the same as an image in
 * GitHub's Markdown, light theme or dark.
 */
final class TimelineSvg {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 360;
    private static final int LEFT = 64;
    private static final int RIGHT = 824;
    private static final int TOP = 40;
    private static final int BOTTOM = 282;
    private static final String REQUESTS = "#1f77b4";
    private static final String ERRORS = "#d62728";
    private static final String P99 = "#ff7f0e";
    private static final String MAX = "#9467bd";
    private static final String MARK = "#555555";
    private static final int[] SECOND_STEPS = {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600};

    private final StringBuilder svg = new StringBuilder();
    private final double seconds;
    private final double rateTop;
    private final double latencyTop;

    private TimelineSvg(double seconds, double rateTop, double latencyTop) {
        this.seconds = seconds;
        this.rateTop = rateTop;
        this.latencyTop = latencyTop;
    }

    static String of(DrillReport r) {
        List<LoadSecond> series = r.load().perSecond();
        long lastMark = r.marks().stream().mapToLong(Mark::atMillis).max().orElse(0);
        double seconds = Math.max(Math.max(series.size(), Math.ceil((lastMark + 1) / 1000.0)), 1);
        long rate = series.stream().mapToLong(s -> Math.max(s.requests(), s.errors())).max().orElse(0);
        long latency = series.stream().mapToLong(s -> s.latency().max()).max().orElse(0);
        TimelineSvg t = new TimelineSvg(seconds, top(Math.max(rate, 1)), top(Math.max(latency, 1)));
        return t.draw(r, series);
    }

    private String draw(DrillReport r, List<LoadSecond> series) {
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"11\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
        String title = "Drill " + r.kind() + ": " + r.target();
        svg.append("<title>").append(xml(title)).append("</title>\n");
        svg.append("<rect width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" fill=\"white\"/>\n");
        text(WIDTH / 2.0, 22, "middle", "font-size=\"14\" font-weight=\"bold\"", title);
        axes();
        for (LoadSecond s : series) {
            if (s.errors() > 0) {
                double x0 = x(s.second());
                double w = Math.max(1, x(s.second() + 1) - x0 - 1);
                svg.append(String.format(Locale.ROOT, "<rect class=\"errors\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\""
                        + " height=\"%.1f\" fill=\"%s\" fill-opacity=\"0.8\"/>%n", x0 + 0.5, rateY(s.errors()), w,
                        BOTTOM - rateY(s.errors()), ERRORS));
            }
        }
        line(series, LoadSecond::requests, this::rateY, REQUESTS, "");
        line(series, s -> s.latency().p99(), this::latencyY, P99, "");
        line(series, s -> s.latency().max(), this::latencyY, MAX, " stroke-dasharray=\"2 2\"");
        int i = 0;
        for (Mark m : r.marks()) {
            double x = x(m.atMillis() / 1000.0);
            svg.append(String.format(Locale.ROOT, "<line class=\"mark\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\""
                    + " stroke=\"%s\" stroke-dasharray=\"5 4\"/>%n", x, TOP, x, BOTTOM, MARK));
            boolean right = x > RIGHT - 80;
            text(right ? x - 3 : x + 3, TOP + 11 + (i++ % 3) * 12, right ? "end" : "start",
                    "fill=\"" + MARK + "\"", m.label());
        }
        legend();
        svg.append("</svg>\n");
        return svg.toString();
    }

    private void axes() {
        svg.append(String.format(Locale.ROOT, "<path d=\"M%d %d V%d H%d V%d\" fill=\"none\" stroke=\"#333\"/>%n",
                LEFT, TOP, BOTTOM, RIGHT, TOP));
        double rateStep = rateTop / 5;
        double latencyStep = latencyTop / 5;
        boolean inSeconds = latencyTop >= 2000;
        for (int k = 0; k <= 5; k++) {
            double y = rateY(k * rateStep);
            if (k > 0) {
                svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\""
                        + " stroke=\"#e5e5e5\"/>%n", LEFT, y, RIGHT, y));
            }
            text(LEFT - 5, y + 4, "end", "", number(k * rateStep));
            double latency = k * latencyStep;
            text(RIGHT + 5, y + 4, "start", "", inSeconds ? number(latency / 1000) : number(latency));
        }
        int step = SECOND_STEPS[SECOND_STEPS.length - 1];
        for (int candidate : SECOND_STEPS) {
            if (candidate >= seconds / 10) {
                step = candidate;
                break;
            }
        }
        for (int s = 0; s <= seconds; s += step) {
            double x = x(s);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#333\"/>%n",
                    x, BOTTOM, x, BOTTOM + 4));
            text(x, BOTTOM + 16, "middle", "", String.valueOf(s));
        }
        text((LEFT + RIGHT) / 2.0, BOTTOM + 32, "middle", "", "seconds since the load started");
        rotated(LEFT - 40, (TOP + BOTTOM) / 2.0, "requests and errors per second");
        rotated(RIGHT + 50, (TOP + BOTTOM) / 2.0, inSeconds ? "latency (s)" : "latency (ms)");
    }

    private void legend() {
        String[][] entries = {{REQUESTS, "requests/s", ""}, {ERRORS, "errors/s", "bar"}, {P99, "p99 latency", ""},
                {MAX, "max latency", "2 2"}, {MARK, "mark", "5 4"}};
        double x = LEFT;
        double y = HEIGHT - 14;
        for (String[] e : entries) {
            if (e[2].equals("bar")) {
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"18\" height=\"8\""
                        + " fill=\"%s\" fill-opacity=\"0.8\"/>%n", x, y - 4, e[0]));
            } else {
                svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\""
                        + " stroke=\"%s\" stroke-width=\"2\"%s/>%n", x, y, x + 18, y, e[0],
                        e[2].isEmpty() ? "" : " stroke-dasharray=\"" + e[2] + "\""));
            }
            text(x + 24, y + 4, "start", "", e[1]);
            x += 130;
        }
    }

    private void line(List<LoadSecond> series, ToLongFunction<LoadSecond> value,
                      DoubleUnaryOperator y, String colour, String extra) {
        if (series.isEmpty()) {
            return;
        }
        svg.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"1.5\"")
                .append(extra).append(" points=\"");
        for (LoadSecond s : series) {
            svg.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(s.second() + 0.5), y.applyAsDouble(value.applyAsLong(s))));
        }
        svg.setLength(svg.length() - 1);
        svg.append("\"/>\n");
    }

    private void text(double x, double y, String anchor, String attributes, String content) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\"%s>%s</text>%n", x, y,
                anchor, attributes.isEmpty() ? "" : " " + attributes, xml(content)));
    }

    private void rotated(double x, double y, String content) {
        svg.append(String.format(Locale.ROOT, "<text transform=\"translate(%.1f %.1f) rotate(-90)\""
                + " text-anchor=\"middle\">%s</text>%n", x, y, xml(content)));
    }

    private double x(double second) {
        return LEFT + Math.min(second, seconds) / seconds * (RIGHT - LEFT);
    }

    private double rateY(double v) {
        return BOTTOM - v / rateTop * (BOTTOM - TOP);
    }

    private double latencyY(double v) {
        return BOTTOM - v / latencyTop * (BOTTOM - TOP);
    }

    /** The top of an axis of five ticks: a 1, 2 or 5 times a power of ten per tick, at or above the highest value. */
    private static double top(long highest) {
        double step = 1;
        while (step * 5 < highest) {
            step = step * (String.valueOf((long) step).startsWith("2") ? 2.5 : 2);
        }
        return step * 5;
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
