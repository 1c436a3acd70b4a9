package dev.steadfast.erp.purchasing;

/** Where a purchase order is in its life. */
public enum OrderStatus {
    /** Raised by a buyer; waiting for its approval (or its second one, above the limit). */
    RAISED,
    /** Approved by as many people as its total needs, none of them its buyer: it may be received. */
    APPROVED,
    /** Its goods are booked into stock. */
    RECEIVED
}
