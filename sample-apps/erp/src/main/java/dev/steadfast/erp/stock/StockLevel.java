package dev.steadfast.erp.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import dev.steadfast.erp.tenancy.CompanyRecord;
import jakarta.persistence.Version;

/**
 * What is on hand of one item in one warehouse. Changed only by a {@link StockMovement}, in its transaction; the
 * version makes two movements that race for the same stock serialise (one of them retries or is refused), so the
 * level never goes below zero and always equals the sum of the movements.
 */
@Entity
@Table(name = "erp_stock_level")
public class StockLevel extends CompanyRecord {

    @Column(name = "item_id")
    private long itemId;

    @Column(name = "warehouse_id")
    private long warehouseId;

    @Column(name = "on_hand")
    private long onHand;

    @Version
    private long version;

    protected StockLevel() {
    }

    StockLevel(long itemId, long warehouseId) {
        this.itemId = itemId;
        this.warehouseId = warehouseId;
    }

    long itemId() {
        return itemId;
    }

    long warehouseId() {
        return warehouseId;
    }

    long onHand() {
        return onHand;
    }

    /** Whether the quantity (negative: out) can be moved without going below zero. */
    boolean allows(long quantity) {
        return onHand + quantity >= 0;
    }

    void add(long quantity) {
        onHand = Math.addExact(onHand, quantity);
    }
}
