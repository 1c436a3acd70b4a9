package dev.steadfast.shop.order;

/**
 * Where an order stands, and where its money is. An order that holds a customer's money leaves it only through a
 * refund: cancelling a paid order, or an order whose charge may have gone through, makes it REFUND_PENDING, never
 * CANCELLED.
 */
public enum OrderStatus {
    /** Stored, stock taken, not charged: the provider refused or was not asked yet. Retried by settling. */
    PAYMENT_PENDING,
    /**
     * A charge was sent and its answer is not known yet: one caller holds the claim to charge it now, or gave up
     * waiting (the provider may have taken the money), or died. Retried by settling once nobody holds the claim.
     */
    CHARGING,
    /** Stored and paid; the provider's reference is kept. */
    PAID,
    /** Cancelled before any money was taken; its units went back to stock. */
    CANCELLED,
    /**
     * Cancelled, its units back in stock, and the customer's money is owed back: the refund failed so far, or the
     * charge it refunds has not answered yet. Retried by settling.
     */
    REFUND_PENDING,
    /** Cancelled and its money given back; both references are kept. */
    REFUNDED
}
