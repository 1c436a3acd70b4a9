/**
 * Checkout and the order's money. A cart becomes an order and its units leave the stock, in one transaction with
 * the order's audit record. Concurrent checkouts of the last units are settled by the products' versions (the losers
 * retry against the new stock, and get 409 when it is gone); a retried checkout with the same Idempotency-Key gets
 * the same order back (201 for the checkout that created it, which alone pays; 200 for the others, also those sent
 * at the same moment), and the same key with another cart is refused (422).
 * <p>
 * Payment happens after the order is stored, by the {@link dev.steadfast.shop.order.Cashier}, and never loses money:
 * an order is charged only under a claim committed first (PAYMENT_PENDING to CHARGING, settled by the order's
 * version across the cluster; a token of the caller's own lets only that caller give it back; its lease runs on the
 * database's clock), a charge that got no answer is looked up at the provider rather than sent again, a claim
 * whose node died goes stale and is taken over, cancelling a paid order refunds it, a charge that lands on a
 * cancelled order (also while it is being recorded) is kept and refunded, and a refund that fails leaves
 * REFUND_PENDING. What cannot be finished now waits in the order's status for settling; every money step (claim,
 * charge, refusal, unanswered charge, refund) is in the audit trail.
 */
package dev.steadfast.shop.order;
