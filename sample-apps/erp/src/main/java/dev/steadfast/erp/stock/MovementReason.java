package dev.steadfast.erp.stock;

/** Why stock moved, and which way a movement of each reason may go. */
public enum MovementReason {
    /** Goods out to production or a customer. */
    ISSUE(false),
    /** A count that found more, or less, than the books said. */
    ADJUSTMENT_IN(true),
    ADJUSTMENT_OUT(false),
    /** Goods in against a purchase order: booked by purchasing when the order is received, never by hand. */
    RECEIPT(true);

    private final boolean in;

    MovementReason(boolean in) {
        this.in = in;
    }

    /** The signed quantity a movement of this reason books for a positive amount. */
    long signed(long amount) {
        return in ? amount : -amount;
    }
}
