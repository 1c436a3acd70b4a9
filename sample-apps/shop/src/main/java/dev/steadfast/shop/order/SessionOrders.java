package dev.steadfast.shop.order;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.enterprise.context.SessionScoped;

/**
 * The orders this session placed: the only ones its visitor may see, cancel or write a gift note on (replicated with
 * the session).
 */
@SessionScoped
public class SessionOrders implements Serializable {

    private static final long serialVersionUID = 1L;

    private final LinkedHashSet<Long> ids = new LinkedHashSet<>();

    synchronized void placed(long orderId) {
        ids.add(orderId);
    }

    public synchronized boolean placedHere(long orderId) {
        return ids.contains(orderId);
    }

    synchronized List<Long> ids() {
        return new ArrayList<>(ids);
    }
}
