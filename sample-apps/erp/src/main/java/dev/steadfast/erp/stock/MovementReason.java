package dev.steadfast.erp.stock;

/** Why stock moved, which way a movement of each reason goes, and whether a storekeeper may book it by hand. */
public enum MovementReason {
    /** Goods out to a customer or for scrap. */
    ISSUE(false, true),
    /** A count that found more, or less, than the books said. */
    ADJUSTMENT_IN(true, true),
    ADJUSTMENT_OUT(false, true),
    /** Goods in against a purchase order: booked by purchasing when the order is received. */
    RECEIPT(true, false),
    /** Components out to a work order: booked by production when the order is completed. */
    COMPONENT_ISSUE(false, false),
    /** Made units in from a work order: booked by production when the order is completed. */
    PRODUCTION_RECEIPT(true, false);

    private final boolean in;
    private final boolean byHand;

    MovementReason(boolean in, boolean byHand) {
        this.in = in;
        this.byHand = byHand;
    }

    /** The signed quantity a movement of this reason books for a positive amount. */
    long signed(long amount) {
        return in ? amount : -amount;
    }

    /** Whether a storekeeper books it directly; the others follow from an order (purchase or work) only. */
    boolean bookedByHand() {
        return byHand;
    }
}
