package dev.steadfast.runtime.audit;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Refusals of callers who did not sign in, counted in memory and recorded as one DENIED record per action,
 * client address and reason every {@link #WINDOW}. Anyone can send such requests by the thousand; a record each
 * would turn a flood into a flood of database writes, so the trail keeps what matters (who tried what, from
 * where, how often, and the first request's id) without letting an anonymous caller choose its write rate.
 * At most {@link #MAX_TALLIES} distinct tallies a window: further addresses are counted together under
 * {@value #MANY_ADDRESSES}. Callers who signed in are recorded one by one.
 */
@ApplicationScoped
class AnonymousDenials {

    static final Duration WINDOW = Duration.ofSeconds(10);
    static final int MAX_TALLIES = 1_000;
    static final String MANY_ADDRESSES = "(many addresses)";

    private final ReadWriteLock swap = new ReentrantReadWriteLock();
    private Map<Key, Tally> tallies = new ConcurrentHashMap<>();
    private Instant windowStart = Instant.now();

    /** Counts one refusal; cheap and lock-free against other counts, never touches the database. */
    void count(AuditEntry denial) {
        swap.readLock().lock();
        try {
            Key key = Key.of(denial, denial.clientAddress());
            if (tallies.size() >= MAX_TALLIES && !tallies.containsKey(key)) {
                key = Key.of(denial, MANY_ADDRESSES);
            }
            tallies.computeIfAbsent(key, k -> new Tally(denial)).count.incrementAndGet();
        } finally {
            swap.readLock().unlock();
        }
    }

    /** @return one DENIED entry per tally of the window that ended, if it ended by {@code now}; else none */
    List<AuditEntry> takeDue(Instant now) {
        return now.isBefore(windowStart.plus(WINDOW)) ? List.of() : takeAll(now);
    }

    /** @return one DENIED entry per tally so far, ending the window now (at shutdown) */
    List<AuditEntry> takeAll(Instant now) {
        Map<Key, Tally> ended;
        Instant start;
        swap.writeLock().lock();
        try {
            ended = tallies;
            start = windowStart;
            tallies = new ConcurrentHashMap<>();
            windowStart = now;
        } finally {
            swap.writeLock().unlock();
        }
        List<AuditEntry> entries = new ArrayList<>();
        ended.forEach((key, tally) -> entries.add(tally.entry(key, start, now)));
        return entries;
    }

    private record Key(String action, String entityType, String clientAddress, String detail) {

        static Key of(AuditEntry denial, String clientAddress) {
            return new Key(denial.action(), denial.entityType(), clientAddress, denial.detail());
        }
    }

    /** The first refusal of a tally (its node and request id are kept) and how many there were. */
    private static final class Tally {

        final AuditEntry first;
        final AtomicLong count = new AtomicLong();

        Tally(AuditEntry first) {
            this.first = first;
        }

        AuditEntry entry(Key key, Instant start, Instant end) {
            String detail = count.get() + " anonymous requests denied between " + start + " and " + end
                    + (key.detail() == null ? "" : " (" + key.detail() + ")");
            return new AuditEntry(end, first.principal(), first.roles(), key.action(), key.entityType(), null,
                    AuditOutcome.DENIED, first.node(), first.requestId(), key.clientAddress(), detail);
        }
    }
}
