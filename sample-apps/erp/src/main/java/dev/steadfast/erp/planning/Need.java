package dev.steadfast.erp.planning;

/**
 * What the MRP found for one item: its gross requirement (what its parents' work orders and planned orders consume),
 * its stock on hand, its scheduled receipts (purchase orders not received, work orders not completed), and the
 * quantity to plan, zero when none is needed.
 */
public record Need(long itemId, PlanKind kind, long grossRequirement, long onHand, long scheduledReceipts, long quantity) {
}
