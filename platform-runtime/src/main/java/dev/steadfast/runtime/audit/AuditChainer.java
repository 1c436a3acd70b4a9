package dev.steadfast.runtime.audit;

import dev.steadfast.runtime.metrics.ApplicationMetrics;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Moves committed audit entries into the sealed chain, on this node, off the request threads: woken after
 * audited commits (a round at most {@value #GATHER_MILLIS} ms after one, taking what committed by then), and every
 * {@value #PERIOD_MILLIS} ms in any case (which also records the anonymous refusals of a window that ended, and
 * picks up entries a node that died left pending). A database that is
 * down leaves the entries pending, where they wait: nothing is lost, and the first failure and the recovery
 * are logged once each, not every second.
 */
@ApplicationScoped
class AuditChainer {

    static final long PERIOD_MILLIS = 1_000;
    static final long GATHER_MILLIS = 50;

    private static final Logger LOG = Logger.getLogger(AuditChainer.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    AuditWriter writer;

    @Inject
    AuditKeySource keys;

    @Inject
    AnonymousDenials denials;

    @Inject
    AuditTables tables;

    private final Clock clock = Clock.systemUTC();
    private final Deque<AuditEntry> tallies = new ConcurrentLinkedDeque<>();
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile boolean stopped;
    private final AtomicBoolean failing = new AtomicBoolean();
    private final ReentrantLock draining = new ReentrantLock();
    private ScheduledFuture<?> ticks;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        ticks = executor.scheduleWithFixedDelay(this::tick, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * Asks for a round {@value #GATHER_MILLIS} ms from now, on the executor: when the node is quiet, the commits of
     * those milliseconds are chained together rather than one each; under load rounds follow each other, each
     * taking what committed during the last. Many wakes before a round runs make one round. After {@link #stop()},
     * nothing: a round that was already scheduled finds the chainer stopped and does nothing.
     */
    void wake() {
        if (!stopped && queued.compareAndSet(false, true)) {
            try {
                executor.schedule(this::tick, GATHER_MILLIS, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                queued.set(false); // shutting down: the last drain in stop() takes them
            }
        }
    }

    /**
     * Chains what is pending now, in the caller's thread (verification calls it first, so it reads a complete
     * chain), at most {@code maxBatches} batches so a steady stream of new entries cannot keep it going.
     *
     * @throws AuditException when the keys or the database are not there
     */
    void drain(int maxBatches) {
        draining.lock();
        try {
            chain(maxBatches);
        } finally {
            draining.unlock();
        }
    }

    @PreDestroy
    void stop() {
        stopped = true;
        if (ticks != null) {
            ticks.cancel(false);
        }
        draining.lock();
        try {
            tallies.addAll(denials.takeAll(clock.instant()));
            writeTallies();
            chain(Integer.MAX_VALUE);
        } catch (RuntimeException e) {
            long lost = tallies.stream().mapToLong(t -> 1).sum();
            LOG.log(Level.SEVERE, "At shutdown, " + lost + " tallies of anonymous refusals could not be written and are lost"
                    + " (they are logged here); committed records stay pending for any node to chain: " + e.getMessage());
            tallies.forEach(t -> LOG.severe("Unwritten tally: " + t.action() + " from " + t.clientAddress() + ": " + t.detail()));
        } finally {
            draining.unlock();
        }
    }

    /**
     * One round: the tallies of a window that ended, then everything pending. A round already running on another
     * thread takes this one's work too (it looks at {@code queued} again before it ends), so wakes never pile up.
     */
    private void tick() {
        if (stopped || !draining.tryLock()) {
            return;
        }
        try {
            do {
                queued.set(false);
                tables.ensure();
                tallies.addAll(denials.takeDue(clock.instant()));
                writeTallies();
                chain(Integer.MAX_VALUE);
            } while (queued.get());
            if (failing.compareAndSet(true, false)) {
                LOG.info("Audit chaining works again; pending records are chained");
            }
        } catch (RuntimeException e) {
            queued.set(false); // the next commit wakes a round again
            if (failing.compareAndSet(false, true)) {
                LOG.log(Level.SEVERE, "Audit records wait, pending, until they can be chained: " + e.getMessage(), e);
            }
        } finally {
            draining.unlock();
        }
    }

    private void chain(int maxBatches) {
        tables.ensure();
        AuditKeys current = keys.get();
        for (int batch = 0; batch < maxBatches; batch++) {
            int sealed = writer.chainBatch(current);
            ApplicationMetrics.AUDIT.sealed(sealed);
            if (sealed < AuditWriter.BATCH) {
                break; // a batch short of full: nothing more is pending
            }
        }
    }

    /** Writes the anonymous refusals' tallies; one that cannot be written now goes back first in line. */
    private void writeTallies() {
        for (AuditEntry tally = tallies.poll(); tally != null; tally = tallies.poll()) {
            try {
                writer.addInNewTransaction(tally);
            } catch (RuntimeException e) {
                tallies.offerFirst(tally);
                throw e;
            }
        }
    }
}
