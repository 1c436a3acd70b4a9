package dev.steadfast.shop.order;

/** Where an order stands. */
public enum OrderStatus {
    /** Stored, stock taken, the payment not settled yet (the gateway was unavailable). */
    PAYMENT_PENDING,
    /** Stored and paid. */
    PAID,
    /** Cancelled; its units went back to stock. */
    CANCELLED
}
