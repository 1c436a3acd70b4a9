package dev.steadfast.shop.history;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import jakarta.enterprise.context.SessionScoped;

/**
 * The last notes a visitor viewed, newest first. Session-scoped and serializable: with granularity SESSION the
 * whole bean is replicated after every request that touched it.
 */
@SessionScoped
public class ViewHistory implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SIZE = 10;

    private final Deque<Long> viewed = new ArrayDeque<>();

    public synchronized void viewed(long noteId) {
        viewed.remove(noteId);
        viewed.addFirst(noteId);
        while (viewed.size() > SIZE) {
            viewed.removeLast();
        }
    }

    public synchronized List<Long> newestFirst() {
        return new ArrayList<>(viewed);
    }
}
