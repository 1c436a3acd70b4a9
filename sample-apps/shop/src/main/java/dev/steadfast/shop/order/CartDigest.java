package dev.steadfast.shop.order;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a cart held at checkout, as a SHA-256 of its lines (product id and quantity, in product order): an order
 * keeps it so that a replayed Idempotency-Key can be told from the same key sent with another cart.
 */
record CartDigest(String hex) {

    static CartDigest of(Map<Long, Integer> quantities) {
        StringBuilder lines = new StringBuilder();
        new TreeMap<>(quantities).forEach((product, quantity) -> lines.append(product).append(':').append(quantity).append('\n'));
        return new CartDigest(Sha256.hex(lines.toString()));
    }
}
