package dev.steadfast.erp.production;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import dev.steadfast.erp.tenancy.CompanyRecord;
import jakarta.persistence.Version;

/** An order to make a quantity of an item in a warehouse: who released it, and who completed it, when. */
@Entity
@Table(name = "erp_work_order")
public class WorkOrder extends CompanyRecord {

    @Column(name = "item_id")
    private long itemId;

    @Column(name = "warehouse_id")
    private long warehouseId;

    private long quantity;

    @Enumerated(EnumType.STRING)
    private WorkOrderStatus status;

    @Column(name = "released_by")
    private String releasedBy;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Column(name = "completed_by")
    private String completedBy;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Version
    private long version;

    protected WorkOrder() {
    }

    WorkOrder(long itemId, long warehouseId, long quantity, String releasedBy, Instant releasedAt) {
        this.itemId = itemId;
        this.warehouseId = warehouseId;
        this.quantity = quantity;
        this.status = WorkOrderStatus.RELEASED;
        this.releasedBy = releasedBy;
        this.releasedAt = releasedAt;
    }

    void completed(String by, Instant at) {
        status = WorkOrderStatus.COMPLETED;
        completedBy = by;
        completedAt = at;
    }

    long itemId() {
        return itemId;
    }

    long warehouseId() {
        return warehouseId;
    }

    long quantity() {
        return quantity;
    }

    WorkOrderStatus status() {
        return status;
    }

    String releasedBy() {
        return releasedBy;
    }

    Instant releasedAt() {
        return releasedAt;
    }

    String completedBy() {
        return completedBy;
    }

    Instant completedAt() {
        return completedAt;
    }
}
