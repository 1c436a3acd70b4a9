package dev.steadfast.runtime.audit;

import dev.steadfast.runtime.metrics.ApplicationMetrics;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Verifies the whole chain every {@value #PERIOD_MINUTES} minutes on every node, so that a broken chain is seen
 * (metric {@code steadfast_audit_chain_intact}, alert {@code AuditChainBroken}) without waiting for an auditor's
 * review. The walk takes no lock (see {@link AuditWriter#verify}); it reads every record, so on a trail of millions
 * of records it is a steady read load of one walk per node and period. A round that fails (the database is down)
 * leaves the last outcome as it was and is logged.
 */
@ApplicationScoped
class AuditWatch {

    static final long PERIOD_MINUTES = 10;

    private static final Logger LOG = Logger.getLogger(AuditWatch.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    AuditTrail trail;

    private ScheduledFuture<?> rounds;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        ApplicationMetrics.auditInUse();
        rounds = executor.scheduleWithFixedDelay(this::verify, 1, PERIOD_MINUTES, TimeUnit.MINUTES);
    }

    private void verify() {
        try {
            AuditVerification verification = trail.verify();
            if (!verification.intact()) {
                LOG.severe("The audit chain is broken at record " + verification.firstBrokenSeq() + ": " + verification.reason());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The audit chain was not verified this round; last outcome kept ("
                    + ApplicationMetrics.AUDIT.getChainIntact() + "): " + e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        if (rounds != null) {
            rounds.cancel(false);
        }
    }
}
