package dev.steadfast.shop.cart;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.steadfast.runtime.problem.BadRequestProblem;
import jakarta.enterprise.context.SessionScoped;

/** Quantities by product id, in the order they were first added. */
@SessionScoped
public class Cart implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Most units of one product in one cart: a shop, not a wholesaler. */
    public static final int MAX_QUANTITY = 99;
    /** Most distinct products in one cart, so that a session stays small to replicate. */
    public static final int MAX_LINES = 50;

    private final LinkedHashMap<Long, Integer> quantities = new LinkedHashMap<>();

    public synchronized void add(long productId, int quantity) {
        int total = quantities.getOrDefault(productId, 0) + quantity;
        if (total > MAX_QUANTITY) {
            throw new BadRequestProblem("At most " + MAX_QUANTITY + " of one product fit in a cart.");
        }
        if (!quantities.containsKey(productId) && quantities.size() >= MAX_LINES) {
            throw new BadRequestProblem("At most " + MAX_LINES + " different products fit in a cart.");
        }
        quantities.put(productId, total);
    }

    public synchronized void set(long productId, int quantity) {
        quantities.put(productId, quantity);
    }

    public synchronized boolean remove(long productId) {
        return quantities.remove(productId) != null;
    }

    public synchronized boolean contains(long productId) {
        return quantities.containsKey(productId);
    }

    public synchronized void clear() {
        quantities.clear();
    }

    /** A copy, safe to read while the visitor keeps shopping in another tab. */
    public synchronized Map<Long, Integer> quantities() {
        return new LinkedHashMap<>(quantities);
    }
}
