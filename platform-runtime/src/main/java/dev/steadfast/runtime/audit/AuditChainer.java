package dev.steadfast.runtime.audit;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Moves committed audit entries into the sealed chain, on this node, off the request threads: woken after
 * each audited commit, and every {@value #PERIOD_MILLIS} ms in any case (which also records the anonymous
 * refusals of a window that ended, and picks up entries a node that died left pending). A database that is
 * down leaves the entries pending, where they wait: nothing is lost, and the first failure and the recovery
 * are logged once each, not every second.
 */
@ApplicationScoped
class AuditChainer {

    static final long PERIOD_MILLIS = 1_000;

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
    private final Queue<AuditEntry> tallies = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean queued = new AtomicBoolean();
    private final AtomicBoolean failing = new AtomicBoolean();
    private final ReentrantLock draining = new ReentrantLock();
    private ScheduledFuture<?> ticks;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        ticks = executor.scheduleWithFixedDelay(this::tick, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Asks for a drain soon, on the executor; many wakes before it runs make one drain. */
    void wake() {
        if (queued.compareAndSet(false, true)) {
            try {
                executor.execute(this::tick);
            } catch (RejectedExecutionException e) {
                queued.set(false); // shutting down: the last drain in stop() takes them
            }
        }
    }

    /**
     * Chains everything pending now, in the caller's thread (verification calls it first, so it reads a
     * complete chain).
     *
     * @throws AuditException when the keys or the database are not there
     */
    void drain() {
        draining.lock();
        try {
            tables.ensure();
            AuditKeys current = keys.get();
            while (writer.chainBatch(current) == AuditWriter.BATCH) {
                // A full batch: there may be more.
            }
        } finally {
            draining.unlock();
        }
    }

    @PreDestroy
    void stop() {
        if (ticks != null) {
            ticks.cancel(false);
        }
        try {
            tallies.addAll(denials.takeAll(clock.instant()));
            writeTallies();
            drain();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Audit records left pending at shutdown; any node chains them: " + e.getMessage());
        }
    }

    /** Writes the anonymous refusals' tallies; one that cannot be written now stays queued for the next tick. */
    private void writeTallies() {
        for (AuditEntry tally = tallies.peek(); tally != null; tally = tallies.peek()) {
            writer.addInNewTransaction(tally);
            tallies.remove();
        }
    }

    private void tick() {
        queued.set(false);
        try {
            tallies.addAll(denials.takeDue(clock.instant()));
            writeTallies();
            drain();
            if (failing.compareAndSet(true, false)) {
                LOG.info("Audit chaining works again; pending records are chained");
            }
        } catch (RuntimeException e) {
            if (failing.compareAndSet(false, true)) {
                LOG.log(Level.SEVERE, "Audit records wait, pending, until they can be chained: " + e.getMessage(), e);
            }
        }
    }
}
