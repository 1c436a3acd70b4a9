package dev.steadfast.shop.cart;

import java.util.List;

/** The cart as the client sees it: lines with today's names and prices, and the total. */
public record CartView(List<Line> lines, int items, long totalCents) {

    public record Line(long productId, String sku, String name, long unitPriceCents, int quantity, long lineTotalCents) {
    }

    static CartView of(List<Line> lines) {
        return new CartView(lines, lines.stream().mapToInt(Line::quantity).sum(),
                lines.stream().mapToLong(Line::lineTotalCents).sum());
    }
}
