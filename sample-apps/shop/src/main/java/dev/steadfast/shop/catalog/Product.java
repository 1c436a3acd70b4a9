package dev.steadfast.shop.catalog;

import dev.steadfast.runtime.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A product for sale. Prices are whole cents (no floating point for money). The version is checked on every
 * write: two checkouts that both read the last unit cannot both take it; the second one's update matches no row
 * and is retried against the new stock.
 */
@Entity
public class Product implements AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String sku;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false)
    private long priceCents;

    @Column(nullable = false)
    private int stock;

    @Version
    private long version;

    protected Product() {
    }

    public Product(String sku, String name, long priceCents, int stock) {
        this.sku = sku;
        this.name = name;
        this.priceCents = priceCents;
        this.stock = stock;
    }

    /** Takes units out of stock; false, and nothing taken, if there are not that many. */
    public boolean take(int quantity) {
        if (quantity > stock) {
            return false;
        }
        stock -= quantity;
        return true;
    }

    public void putBack(int quantity) {
        stock += quantity;
    }

    void reprice(long newPriceCents) {
        this.priceCents = newPriceCents;
    }

    void restock(int newStock) {
        this.stock = newStock;
    }

    public Long getId() {
        return id;
    }

    public String getSku() {
        return sku;
    }

    public String getName() {
        return name;
    }

    public long getPriceCents() {
        return priceCents;
    }

    public int getStock() {
        return stock;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }
}
