package dev.steadfast.runtime.audit;

import dev.steadfast.runtime.node.NodeIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records audited operations and verifies the trail. A SUCCESS is written in the caller's transaction (or a
 * new one when there is none), so it commits exactly when the change does; DENIED and FAILED are written in a
 * transaction of their own, since the caller's rolls back. Who and where come from the current HTTP request
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
    RequestOriginHolder originHolder;

    @Inject
    NodeIdentity node;

    private final Clock clock = Clock.systemUTC();

    private volatile boolean tablesReady;

    void createTablesAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        try {
            ensureTables();
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
     * @return the record as written
     * @throws AuditException when it cannot be written (which rolls a SUCCESS's transaction back)
     */
    public AuditRecord record(String action, String entityType, String entityId, AuditOutcome outcome,
                              String detail) {
        ensureTables();
        RequestOrigin origin = currentOrigin();
        AuditEntry entry = new AuditEntry(clock.instant(), origin.principal(), origin.roles(), action, entityType,
                entityId, outcome, node.name(), origin.requestId(), origin.clientAddress(), detail);
        return outcome == AuditOutcome.SUCCESS
                ? writer.appendToCurrentTransaction(entry)
                : writer.appendInNewTransaction(entry);
    }

    /** Walks the whole trail; see {@link AuditChain#verify(java.sql.Connection)} for what it names. */
    public AuditVerification verify() {
        ensureTables();
        return writer.verify();
    }

    private void ensureTables() {
        if (!tablesReady) {
            writer.createTablesIfMissing();
            tablesReady = true;
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
