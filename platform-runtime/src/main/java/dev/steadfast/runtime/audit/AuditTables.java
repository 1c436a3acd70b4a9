package dev.steadfast.runtime.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Creates the audit tables once per application start, on first need: recording, chaining and verifying all
 * ask, so a database that was down at deployment is set up as soon as it answers.
 */
@ApplicationScoped
class AuditTables {

    @Inject
    AuditWriter writer;

    private volatile boolean ready;

    /** @throws AuditException while the database cannot be reached */
    void ensure() {
        if (!ready) {
            writer.createTablesIfMissing();
            ready = true;
        }
    }
}
