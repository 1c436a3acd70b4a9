package dev.steadfast.shop.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One product of an order, with its name and price as they were at checkout. */
@Embeddable
public class OrderLine {

    @Column(nullable = false)
    private long productId;

    @Column(nullable = false, length = 40)
    private String sku;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false)
    private long unitPriceCents;

    @Column(nullable = false)
    private int quantity;

    protected OrderLine() {
    }

    OrderLine(long productId, String sku, String name, long unitPriceCents, int quantity) {
        this.productId = productId;
        this.sku = sku;
        this.name = name;
        this.unitPriceCents = unitPriceCents;
        this.quantity = quantity;
    }

    public long getProductId() {
        return productId;
    }

    public String getSku() {
        return sku;
    }

    public String getName() {
        return name;
    }

    public long getUnitPriceCents() {
        return unitPriceCents;
    }

    public int getQuantity() {
        return quantity;
    }
}
