package dev.steadfast.erp.bom;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import dev.steadfast.erp.tenancy.CompanyRecord;

/** One line of an item's bill of material: a component and how many of its units go into one unit of the item. */
@Entity
@Table(name = "erp_bom_line")
public class BomLine extends CompanyRecord {

    @Column(name = "parent_item_id")
    private long parentItemId;

    @Column(name = "component_item_id")
    private long componentItemId;

    @Column(name = "quantity_per")
    private long quantityPer;

    protected BomLine() {
    }

    BomLine(long parentItemId, long componentItemId, long quantityPer) {
        this.parentItemId = parentItemId;
        this.componentItemId = componentItemId;
        this.quantityPer = quantityPer;
    }

    public long parentItemId() {
        return parentItemId;
    }

    public long componentItemId() {
        return componentItemId;
    }

    public long quantityPer() {
        return quantityPer;
    }
}
