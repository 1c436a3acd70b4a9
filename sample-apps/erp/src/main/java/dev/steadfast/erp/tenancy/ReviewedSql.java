package dev.steadfast.erp.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

/**
 * The one class of the ERP allowed SQL that Hibernate does not scope to a tenant (ArchitectureTest): each statement
 * here names its company itself, or reads across companies on purpose, and is reviewed as such. They serve the MRP's
 * scheduler, which works for every company and for none, and its lease ({@code erp_mrp_lease}, one row per company):
 * a run takes the lease when it starts, renews it in each chunk's transaction and gives it back at its end; a run
 * whose lease another has taken cannot commit a chunk. Times are the nodes' clocks (one machine here; NTP elsewhere),
 * compared with a lease far longer than any skew.
 */
@ApplicationScoped
public class ReviewedSql {

    /** Unique violation, in H2 and PostgreSQL alike. */
    private static final String DUPLICATE_KEY = "23505";
    /** A statement cancelled by its time-out, in H2 and PostgreSQL alike. */
    private static final String QUERY_CANCELLED = "57014";
    /**
     * How long a change of the lease waits for a row another transaction holds: a frozen run holds its row from its
     * chunk's renewal until its fence, and a restart or a sweep must not hang on it (far below the lease).
     */
    static final int LOCK_WAIT_SECONDS = 5;

    @Resource(lookup = "java:jboss/datasources/SteadfastDS")
    DataSource dataSource;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /** Every company that has a user: the ones the nightly run plans for. Reads across companies. */
    public List<String> companies() {
        return strings("SELECT DISTINCT tenant FROM erp_user ORDER BY tenant");
    }

    /**
     * Takes the company's lease for the execution, in a transaction of its own: when nobody holds it (its holder's time
     * is up and nobody claimed it), when it is reserved for this run (the nightly start's date claim, or the start it
     * recorded), or, for a restart ({@code restartOf} the execution it restarts), when the scheduler claimed it for
     * that restart. False when another run holds it, or when a frozen run's open chunk keeps the row locked longer than
     * {@link #LOCK_WAIT_SECONDS} (its fence ends that; the scheduler tries again).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean takeLease(String company, LocalDate planDate, long execution, String node, Instant now, Instant until, Long restartOf) {
        try {
            if (update("UPDATE erp_mrp_lease SET plan_date = ?, execution_id = ?, node = ?, expires_at = ?, restart_of = NULL WHERE tenant = ?"
                    + " AND ((expires_at < ? AND restart_of IS NULL) OR restart_of = ?"
                    + " OR (restart_of IS NULL AND (execution_id = ? OR (execution_id = 0 AND plan_date = ?))))",
                    planDate, execution, node, at(until), company, at(now), restartOf, execution, planDate) == 1) {
                return true;
            }
            return insertLease(company, planDate, execution, node, until);
        } catch (NotNow e) {
            transaction.setRollbackOnly();
            return false;
        }
    }

    /** Extends the execution's lease, in the caller's transaction (a chunk's); false when it holds it no more or it is claimed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean renewLease(String company, long execution, Instant until) {
        return update("UPDATE erp_mrp_lease SET expires_at = ? WHERE tenant = ? AND execution_id = ? AND restart_of IS NULL", at(until), company,
                execution) == 1;
    }

    /** Gives the execution's lease back (its time is up now), if it still holds it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void returnLease(String company, long execution, Instant now) {
        update("UPDATE erp_mrp_lease SET expires_at = ? WHERE tenant = ? AND execution_id = ? AND restart_of IS NULL", at(now), company, execution);
    }

    /**
     * Claims a lease whose time is up for a restart of its holder, in a transaction of its own, before the restart is
     * started: from then on the holder cannot renew (a frozen one that wakes fails its next chunk), and only the
     * restart can take it, until {@code until}; after that, the claim can be made again. False when the lease was
     * renewed or claimed meanwhile, or its row stays locked.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claimForRestart(String company, long execution, Instant now, Instant until) {
        try {
            return update("UPDATE erp_mrp_lease SET restart_of = execution_id, expires_at = ? WHERE tenant = ? AND execution_id = ?"
                    + " AND expires_at < ?", at(until), company, execution, at(now)) == 1;
        } catch (NotNow e) {
            transaction.setRollbackOnly();
            return false;
        }
    }

    /**
     * Claims the date for the company's nightly run, in a transaction of its own, before the run is started: when
     * nobody holds the lease and its latest run is of an earlier date, or an earlier claim of this date ran out before
     * its run was recorded (execution 0). The claim reserves the lease for a run of that date until {@code until}, so
     * that a sweep never starts a second run of the day while the first waits for a batch thread. False otherwise.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claimDate(String company, LocalDate planDate, String node, Instant now, Instant until) {
        try {
            if (update("UPDATE erp_mrp_lease SET plan_date = ?, execution_id = 0, node = ?, expires_at = ? WHERE tenant = ? AND expires_at < ?"
                    + " AND restart_of IS NULL AND (plan_date < ? OR (plan_date = ? AND execution_id = 0))",
                    planDate, node, at(until), company, at(now), planDate, planDate) == 1) {
                return true;
            }
            return insertLease(company, planDate, 0, node, until);
        } catch (NotNow e) {
            transaction.setRollbackOnly();
            return false;
        }
    }

    /**
     * Names the execution started for the claimed date as the lease's, for another lease period, unless the run took
     * the lease itself already: if its node dies before the run starts, the scheduler finds it (left STARTING) and
     * restarts it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordStart(String company, LocalDate planDate, long execution, Instant until) {
        update("UPDATE erp_mrp_lease SET execution_id = ?, expires_at = ? WHERE tenant = ? AND plan_date = ? AND execution_id = 0"
                + " AND restart_of IS NULL", execution, at(until), company, planDate);
    }

    /** The companies' leases, with the date of each one's latest run. Reads across companies. */
    public List<Lease> leases() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT tenant, plan_date, execution_id, node, expires_at, restart_of FROM erp_mrp_lease ORDER BY tenant");
             ResultSet rows = select.executeQuery()) {
            List<Lease> leases = new ArrayList<>();
            while (rows.next()) {
                leases.add(new Lease(rows.getString(1), rows.getObject(2, LocalDate.class), rows.getLong(3), rows.getString(4),
                        rows.getObject(5, OffsetDateTime.class).toInstant(), rows.getObject(6, Long.class)));
            }
            return leases;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the MRP leases: " + e.getMessage(), e);
        }
    }

    /**
     * A company's lease: its latest run's date and execution, the node that ran it, until when it is held, and the
     * execution a restart was claimed for (null: no claim).
     */
    public record Lease(String company, LocalDate planDate, long execution, String node, Instant expiresAt, Long restartOf) {
    }

    private List<String> strings(String sql) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql);
             ResultSet rows = select.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read " + sql + ": " + e.getMessage(), e);
        }
    }

    /** The company's first lease row; false when another node inserted it at the same moment. */
    private boolean insertLease(String company, LocalDate planDate, long execution, String node, Instant until) {
        return update("INSERT INTO erp_mrp_lease (tenant, plan_date, execution_id, node, expires_at) SELECT ?, ?, ?, ?, ?"
                + " WHERE NOT EXISTS (SELECT 1 FROM erp_mrp_lease WHERE tenant = ?)", company, planDate, execution, node, at(until), company) == 1;
    }

    /**
     * Runs a change of the lease table, waiting at most {@link #LOCK_WAIT_SECONDS} for a row another transaction
     * holds; a null value is bound as SQL NULL (which equals nothing).
     *
     * @throws NotNow when another node inserted the same company's row at the same moment, or the wait ran out
     */
    private int update(String sql, Object... values) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(sql)) {
            update.setQueryTimeout(LOCK_WAIT_SECONDS);
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    update.setNull(i + 1, Types.BIGINT);
                } else {
                    update.setObject(i + 1, values[i]);
                }
            }
            return update.executeUpdate();
        } catch (SQLException e) {
            if (DUPLICATE_KEY.equals(e.getSQLState()) || QUERY_CANCELLED.equals(e.getSQLState()) || e instanceof SQLTimeoutException) {
                throw new NotNow();
            }
            throw new IllegalStateException("Could not change the MRP lease: " + e.getMessage(), e);
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** Another node inserted the company's first lease at the same moment, or the lease's row stayed locked. */
    private static final class NotNow extends RuntimeException {

        NotNow() {
            super(null, null, false, false);
        }
    }
}
