package dev.steadfast.shop.benchmark;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The report's chart, as plain SVG: for each variant, a bar of the highest requests per second within the target
 * and a bar of p99 at the fixed rate, each scaled to the largest of its kind, with its value written beside it.
 */
final class ThroughputChart {

    private static final int LABEL_WIDTH = 420;
    private static final int BAR_WIDTH = 250;
    private static final int ROW = 26;
    private final List<Variant> variants;
    private final long p99Target;

    ThroughputChart(List<Variant> variants, long p99Target) {
        this.variants = List.copyOf(variants);
        this.p99Target = p99Target;
    }

    String svg() {
        int height = 2 * (40 + ROW * variants.size()) + 10;
        int width = LABEL_WIDTH + BAR_WIDTH + 120;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"13\">%n",
                width, height));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", width, height));
        int y = panel(svg, 0, "Highest requests/s with p99 ≤ " + p99Target + " ms (longer is better)", Variant::maxOkPerSecond, "#2b6cb0", "/s");
        panel(svg, y, "p99 at the fixed rate, ms (shorter is better)", v -> v.atFixedRate().p99(), "#c05621", " ms");
        return svg.append("</svg>\n").toString();
    }

    private int panel(StringBuilder svg, int top, String title, ToDoubleFunction<Variant> value, String colour, String unit) {
        double largest = variants.stream().mapToDouble(value).max().orElse(1);
        svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\" font-weight=\"bold\">%s</text>%n", top + 24, escape(title)));
        int y = top + 40;
        for (Variant v : variants) {
            double figure = value.applyAsDouble(v);
            int length = largest <= 0 ? 0 : (int) Math.round(BAR_WIDTH * figure / largest);
            svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\">%s</text>%n", y + 15, escape(v.description())));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"18\" fill=\"%s\"/>%n", LABEL_WIDTH, y + 2, length, colour));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s%s</text>%n", LABEL_WIDTH + length + 6, y + 15,
                    BenchmarkReport.format(figure), unit));
            y += ROW;
        }
        return y;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
