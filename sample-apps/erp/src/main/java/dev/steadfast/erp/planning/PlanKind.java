package dev.steadfast.erp.planning;

/** What a planned order asks for: to make the item (it has a bill of material) or to buy it (it has none). */
public enum PlanKind {
    MAKE,
    BUY
}
