package dev.steadfast.runtime.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The transaction boundaries around {@link AuditChain}. A bean of its own because {@code @Transactional} only
 * applies to calls that come through the container's proxy, never to a bean calling itself.
 */
@ApplicationScoped
class AuditWriter {

    @Inject
    AuditDataSource dataSource;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry synchronizations;

    /** Appends in the caller's transaction, or in a new one when there is none. */
    @Transactional(TxType.REQUIRED)
    public AuditRecord appendToCurrentTransaction(AuditEntry entry) {
        return append(entry);
    }

    /** Appends in a transaction of its own: for DENIED and FAILED, whose business transaction rolls back. */
    @Transactional(TxType.REQUIRES_NEW)
    public AuditRecord appendInNewTransaction(AuditEntry entry) {
        return append(entry);
    }

    /** Verifies in a short transaction of its own; the walk takes no lock, so writers on every node go on. */
    @Transactional(TxType.REQUIRES_NEW)
    public AuditVerification verify() {
        try (Connection connection = dataSource.get().getConnection()) {
            return AuditChain.verify(connection);
        } catch (SQLException e) {
            throw new AuditException("Could not verify the audit trail", e);
        }
    }

    /** Outside any transaction, so each DDL statement commits on its own. */
    @Transactional(TxType.NOT_SUPPORTED)
    public void createTablesIfMissing() {
        try (Connection connection = dataSource.get().getConnection()) {
            AuditChain.createTablesIfMissing(connection);
        } catch (SQLException e) {
            throw new AuditException("Could not create the audit tables", e);
        }
    }

    private AuditRecord append(AuditEntry entry) {
        AuditRecord record;
        try (Connection connection = dataSource.get().getConnection()) {
            record = AuditChain.append(connection, entry);
        } catch (SQLException e) {
            throw new AuditException("Could not write the audit record", e);
        }
        synchronizations.registerInterposedSynchronization(new LogOnCommit(record));
        return record;
    }

    /** Logs the record once its transaction has committed, and never a record that was rolled back. */
    private record LogOnCommit(AuditRecord record) implements Synchronization {

        @Override
        public void beforeCompletion() {
            // Nothing to do before: the record's fate is only known afterwards.
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                AuditLog.write(record);
            }
        }
    }
}
