package dev.steadfast.runtime.audit;

import dev.steadfast.runtime.metrics.ApplicationMetrics;
import dev.steadfast.runtime.node.NodeIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records audited operations and verifies the trail. A SUCCESS is written in the caller's transaction (or a
 * new one when there is none), so it commits exactly when the change does; DENIED and FAILED are written in a
 * transaction of their own, since the caller's rolls back. Refusals of anonymous callers are counted and
 * recorded as one record per window ({@link AnonymousDenials}), and a refusal whose record cannot be written is
 * logged and stays a refusal: an audit failure never turns a 401 or 403 into a 500. Entries are sealed into
 * the chain moments after they commit ({@link AuditChainer}); who and where come from the current HTTP request
 * (see {@link AuditRequestFilter}), or are {@code system} and a fresh request id outside one.
 * <p>
 * The tables are created at application start; if the database is not reachable then, every call tries again
 * until it succeeds, so a database that is briefly down never fails the deployment.
 */
@ApplicationScoped
public class AuditTrail {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());

    @Inject
    AuditWriter writer;

    @Inject
    AuditChainer chainer;

    @Inject
    AuditKeySource keys;

    @Inject
    AuditTables tables;

    @Inject
    AnonymousDenials anonymousDenials;

    @Inject
    RequestOriginHolder originHolder;

    @Inject
    NodeIdentity node;

    /** Verification chains at most this many batches first (see {@link AuditWriter#BATCH}), then reads. */
    static final int VERIFY_MAX_BATCHES = 50;

    private final Clock clock = Clock.systemUTC();

    void createTablesAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        try {
            tables.ensure();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Audit tables not checked at start; retrying on first use: " + e.getMessage());
        }
    }

    /**
     * Records one operation.
     *
     * @param action     what was done, e.g. {@code order.cancel}
     * @param entityType the kind of entity, or null
     * @param entityId   the entity, or null
     * @param outcome    SUCCESS joins the current transaction; DENIED and FAILED commit on their own
     * @param detail     a short note, or null; never a stack trace
     * @throws AuditException when a SUCCESS or FAILED cannot be written (which rolls a SUCCESS's transaction
     *                        back); never for DENIED
     */
    public void record(String action, String entityType, String entityId, AuditOutcome outcome, String detail) {
        RequestOrigin origin = currentOrigin();
        AuditEntry entry = new AuditEntry(clock.instant(), origin.principal(), origin.roles(), action, entityType,
                entityId, outcome, node.name(), origin.requestId(), origin.clientAddress(), detail);
        switch (outcome) {
            case SUCCESS -> {
                tables.ensure();
                writer.addToCurrentTransaction(entry);
            }
            case FAILED -> {
                tables.ensure();
                writer.addInNewTransaction(entry);
            }
            case DENIED -> recordDenial(entry, origin.anonymous());
        }
    }

    /**
     * Chains what is pending, then walks the whole trail; see
     * {@link AuditChain#verify(java.sql.Connection, AuditKeys)} for what it names.
     */
    public AuditVerification verify() {
        tables.ensure();
        chainer.drain(VERIFY_MAX_BATCHES);
        AuditVerification verification = writer.verify(keys.get());
        ApplicationMetrics.AUDIT.verified(verification.intact(), clock.instant());
        return verification;
    }

    /**
     * The sealed records an auditor asks for, newest first, after chaining what is pending (as {@link #verify} does),
     * so that what was just recorded is found.
     */
    public List<AuditRecord> search(AuditQuery query) {
        tables.ensure();
        chainer.drain(VERIFY_MAX_BATCHES);
        return writer.search(query);
    }

    private void recordDenial(AuditEntry denial, boolean anonymous) {
        if (anonymous) {
            anonymousDenials.count(denial);
            return;
        }
        try {
            tables.ensure();
            writer.addInNewTransaction(denial);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not record the refusal of " + denial.action() + " to " + denial.principal()
                    + " (request " + denial.requestId() + "): " + e.getMessage());
        }
    }

    /** The request's origin; a timer or other work with no HTTP request (or no request context) is the system's. */
    private RequestOrigin currentOrigin() {
        try {
            RequestOrigin origin = originHolder.get();
            return origin != null ? origin : RequestOrigin.system();
        } catch (ContextNotActiveException e) {
            return RequestOrigin.system();
        }
    }
}
