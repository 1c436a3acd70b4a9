package dev.steadfast.erp.production;

/** Where a work order is in its life. */
public enum WorkOrderStatus {
    /** Released to the shop floor: its components are still in stock, its units are to come. */
    RELEASED,
    /** Made: its components are issued, its units booked in. */
    COMPLETED
}
