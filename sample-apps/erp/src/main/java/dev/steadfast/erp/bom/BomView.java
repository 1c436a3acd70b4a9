package dev.steadfast.erp.bom;

import java.util.List;

/** An item's bill of material as the API shows it: its components, in the order of their ids. */
public record BomView(long itemId, List<Component> lines) {

    /** A component, with its stock-keeping unit, and how many of it go into one unit. */
    public record Component(long componentId, String sku, long quantityPer) {
    }
}
