package dev.steadfast.erp.purchasing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dev.steadfast.erp.tenancy.CompanyRecord;

/** One line of a purchase order: how many of which item, at what unit price. */
@Entity
@Table(name = "erp_purchase_order_line")
public class OrderLine extends CompanyRecord {

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id")
    private PurchaseOrder order;

    @Column(name = "line_no")
    private int lineNo;

    @Column(name = "item_id")
    private long itemId;

    private long quantity;

    @Column(name = "unit_price_cents")
    private long unitPriceCents;

    protected OrderLine() {
    }

    OrderLine(PurchaseOrder order, int lineNo, long itemId, long quantity, long unitPriceCents) {
        this.order = order;
        this.lineNo = lineNo;
        this.itemId = itemId;
        this.quantity = quantity;
        this.unitPriceCents = unitPriceCents;
    }

    int lineNo() {
        return lineNo;
    }

    long itemId() {
        return itemId;
    }

    long quantity() {
        return quantity;
    }

    long unitPriceCents() {
        return unitPriceCents;
    }

    /** Quantity times unit price; an overflow is an error, never a wrong total. */
    long amountCents() {
        return Math.multiplyExact(quantity, unitPriceCents);
    }
}
