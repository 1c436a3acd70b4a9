package dev.steadfast.shop.order;

/**
 * What a checkout made of its Idempotency-Key: the order, and whether this checkout created it (201, and it pays)
 * or found it made by an earlier or a simultaneous checkout with the same key (a replay: 200, and it pays nothing).
 */
record Placed(CustomerOrder order, boolean created) {
}
