package dev.steadfast.erp.purchasing;

import java.util.List;

/** A purchase order as the API shows it, with who raised and who approved it. */
public record OrderView(long id, String supplier, OrderStatus status, long totalCents, String raisedBy, String raisedAt,
                        String firstApprover, String secondApprover, List<LineView> lines) {

    static OrderView of(PurchaseOrder order) {
        return new OrderView(order.id(), order.supplier(), order.status(), order.totalCents(), order.raisedBy(),
                order.raisedAt().toString(), order.firstApprover(), order.secondApprover(),
                order.lines().stream().map(l -> new LineView(l.lineNo(), l.itemId(), l.quantity(), l.unitPriceCents())).toList());
    }

    /** One line. */
    public record LineView(int lineNo, long itemId, long quantity, long unitPriceCents) {
    }
}
