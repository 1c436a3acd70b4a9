/**
 * Checkout: a cart becomes an order and its units leave the stock, in one transaction with the order's audit
 * record. Concurrent checkouts of the last units are settled by the products' versions (the losers retry against
 * the new stock, and get 409 when it is gone); a retried checkout with the same Idempotency-Key gets the same
 * order back. Payment happens after the order is stored: when the gateway is down the order waits as
 * PAYMENT_PENDING, it is never lost.
 */
package dev.steadfast.shop.order;
