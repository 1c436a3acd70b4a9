package dev.steadfast.erp.production;

/** A work order as the API shows it. */
public record WorkOrderView(long id, long itemId, long warehouseId, long quantity, WorkOrderStatus status, String releasedBy,
                            String releasedAt, String completedBy, String completedAt) {

    static WorkOrderView of(WorkOrder order) {
        return new WorkOrderView(order.id(), order.itemId(), order.warehouseId(), order.quantity(), order.status(),
                order.releasedBy(), order.releasedAt().toString(), order.completedBy(),
                order.completedAt() == null ? null : order.completedAt().toString());
    }
}
