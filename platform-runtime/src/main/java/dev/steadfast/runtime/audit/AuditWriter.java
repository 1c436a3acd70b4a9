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
import java.util.List;

/**
 * The transaction boundaries around {@link AuditChain}. A bean of its own because {@code @Transactional} only
 * applies to calls that come through the container's proxy, never to a bean calling itself.
 */
@ApplicationScoped
class AuditWriter {

    /** Entries chained per transaction: the head's lock is held for this many inserts at most. */
    static final int BATCH = 200;

    @Inject
    AuditDataSource dataSource;

    @Inject
    AuditChainer chainer;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry synchronizations;

    /** Records in the caller's transaction, or in a new one when there is none. */
    @Transactional(TxType.REQUIRED)
    public void addToCurrentTransaction(AuditEntry entry) {
        addPending(entry);
    }

    /** Records in a transaction of its own: for DENIED and FAILED, whose business transaction rolls back. */
    @Transactional(TxType.REQUIRES_NEW)
    public void addInNewTransaction(AuditEntry entry) {
        addPending(entry);
    }

    /** Chains one batch of pending entries; logs them once the batch has committed. */
    @Transactional(TxType.REQUIRES_NEW)
    public int chainBatch(AuditKeys keys) {
        List<AuditRecord> records;
        try (Connection connection = dataSource.get().getConnection()) {
            records = AuditChain.chainPending(connection, keys, BATCH);
        } catch (SQLException e) {
            throw new AuditException("Could not chain the pending audit records", e);
        }
        synchronizations.registerInterposedSynchronization(new AfterCommit(() -> records.forEach(AuditLog::write)));
        return records.size();
    }

    /** Verifies in a short transaction of its own; the walk takes no lock, so chaining on every node goes on. */
    @Transactional(TxType.REQUIRES_NEW)
    public AuditVerification verify(AuditKeys keys) {
        try (Connection connection = dataSource.get().getConnection()) {
            return AuditChain.verify(connection, keys);
        } catch (SQLException e) {
            throw new AuditException("Could not verify the audit trail", e);
        }
    }

    /** Reads sealed records in a short transaction of its own, taking no lock. */
    @Transactional(TxType.REQUIRES_NEW)
    public List<AuditRecord> search(AuditQuery query) {
        try (Connection connection = dataSource.get().getConnection()) {
            return AuditSearch.search(connection, query);
        } catch (SQLException e) {
            throw new AuditException("Could not search the audit trail", e);
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

    private void addPending(AuditEntry entry) {
        try (Connection connection = dataSource.get().getConnection()) {
            AuditChain.addPending(connection, entry);
        } catch (SQLException e) {
            throw new AuditException("Could not write the audit record", e);
        }
        synchronizations.registerInterposedSynchronization(new AfterCommit(chainer::wake));
    }

    /** Runs once its transaction has committed, and never for one that rolled back. */
    private record AfterCommit(Runnable action) implements Synchronization {

        @Override
        public void beforeCompletion() {
            // Nothing to do before: the transaction's fate is only known afterwards.
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                action.run();
            }
        }
    }
}
