package dev.steadfast.erp.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    @Resource(lookup = "java:jboss/datasources/SteadfastDS")
    DataSource dataSource;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /** Every company that has a user: the ones the nightly run plans for. Reads across companies. */
    public List<String> companies() {
        return strings("SELECT DISTINCT tenant FROM erp_user ORDER BY tenant");
    }

    /**
     * Takes the company's lease for the execution, in a transaction of its own: when nobody holds it, when its
     * holder's time is up, or when the execution holds it already (a restarted one keeps no id, so this is the first
     * case after a crash). False when another run holds it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean takeLease(String company, LocalDate planDate, long execution, String node, Instant now, Instant until) {
        int taken = update("UPDATE erp_mrp_lease SET plan_date = ?, execution_id = ?, node = ?, expires_at = ? WHERE tenant = ?"
                + " AND (expires_at < ? OR execution_id = ?)", planDate, execution, node, at(until), company, at(now), execution);
        if (taken == 1) {
            return true;
        }
        try {
            return update("INSERT INTO erp_mrp_lease (tenant, plan_date, execution_id, node, expires_at) SELECT ?, ?, ?, ?, ?"
                    + " WHERE NOT EXISTS (SELECT 1 FROM erp_mrp_lease WHERE tenant = ?)", company, planDate, execution, node, at(until), company) == 1;
        } catch (DuplicateKey e) {
            transaction.setRollbackOnly();
            return false;
        }
    }

    /** Extends the execution's lease, in the caller's transaction (a chunk's); false when it holds it no more. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean renewLease(String company, long execution, Instant until) {
        return update("UPDATE erp_mrp_lease SET expires_at = ? WHERE tenant = ? AND execution_id = ?", at(until), company, execution) == 1;
    }

    /** Gives the execution's lease back (its time is up now), if it still holds it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void returnLease(String company, long execution, Instant now) {
        update("UPDATE erp_mrp_lease SET expires_at = ? WHERE tenant = ? AND execution_id = ?", at(now), company, execution);
    }

    /** The companies' leases, with the date of each one's latest run. Reads across companies. */
    public List<Lease> leases() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT tenant, plan_date, execution_id, node, expires_at FROM erp_mrp_lease ORDER BY tenant");
             ResultSet rows = select.executeQuery()) {
            List<Lease> leases = new ArrayList<>();
            while (rows.next()) {
                leases.add(new Lease(rows.getString(1), rows.getObject(2, LocalDate.class), rows.getLong(3), rows.getString(4),
                        rows.getObject(5, OffsetDateTime.class).toInstant()));
            }
            return leases;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the MRP leases: " + e.getMessage(), e);
        }
    }

    /** A company's lease: its latest run's date and execution, the node that ran it, and until when it is held. */
    public record Lease(String company, LocalDate planDate, long execution, String node, Instant expiresAt) {
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

    private int update(String sql, Object... values) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                update.setObject(i + 1, values[i]);
            }
            return update.executeUpdate();
        } catch (SQLException e) {
            if (DUPLICATE_KEY.equals(e.getSQLState())) {
                throw new DuplicateKey();
            }
            throw new IllegalStateException("Could not change the MRP lease: " + e.getMessage(), e);
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** Another node inserted the company's first lease at the same moment. */
    private static final class DuplicateKey extends RuntimeException {

        DuplicateKey() {
            super(null, null, false, false);
        }
    }
}
