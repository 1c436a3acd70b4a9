package dev.steadfast.erp.stock;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import dev.steadfast.erp.tenancy.CompanyRecord;

/** One movement of stock, in (positive) or out (negative), never changed: who, when, why and what it refers to. */
@Entity
@Table(name = "erp_stock_movement")
public class StockMovement extends CompanyRecord {

    @Column(name = "item_id")
    private long itemId;

    @Column(name = "warehouse_id")
    private long warehouseId;

    private long quantity;

    @Enumerated(EnumType.STRING)
    private MovementReason reason;

    private String reference;

    @Column(name = "moved_by")
    private String movedBy;

    @Column(name = "moved_at")
    private Instant movedAt;

    protected StockMovement() {
    }

    StockMovement(long itemId, long warehouseId, long quantity, MovementReason reason, String reference, String movedBy, Instant movedAt) {
        this.itemId = itemId;
        this.warehouseId = warehouseId;
        this.quantity = quantity;
        this.reason = reason;
        this.reference = reference;
        this.movedBy = movedBy;
        this.movedAt = movedAt;
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

    MovementReason reason() {
        return reason;
    }

    String reference() {
        return reference;
    }

    String movedBy() {
        return movedBy;
    }

    Instant movedAt() {
        return movedAt;
    }
}
