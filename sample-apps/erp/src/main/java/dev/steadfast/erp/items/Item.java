package dev.steadfast.erp.items;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import dev.steadfast.erp.tenancy.CompanyRecord;
import jakarta.persistence.Version;

/**
 * Something a company makes, buys or stocks: its stock-keeping unit (unique in the company), name, unit, and the
 * safety stock below which the MRP plans to refill it.
 */
@Entity
@Table(name = "erp_item")
public class Item extends CompanyRecord {

    private String sku;

    private String name;

    private String unit;

    @Column(name = "safety_stock")
    private long safetyStock;

    @Version
    private long version;

    protected Item() {
    }

    Item(ItemDraft draft) {
        change(draft);
    }

    void change(ItemDraft draft) {
        this.sku = draft.sku();
        this.name = draft.name();
        this.unit = draft.unit();
        this.safetyStock = draft.safetyStock() == null ? 0 : draft.safetyStock();
    }

    public String sku() {
        return sku;
    }

    public String name() {
        return name;
    }

    public String unit() {
        return unit;
    }

    public long safetyStock() {
        return safetyStock;
    }
}
