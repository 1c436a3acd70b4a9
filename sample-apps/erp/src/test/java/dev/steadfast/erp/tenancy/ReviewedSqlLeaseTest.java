package dev.steadfast.erp.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The MRP lease's rules, statement by statement, on H2 with the table of the ERP's own migrations: one holder at a
 * time; a claim for a restart shuts the old holder out and lets only that restart in; the nightly date claim reserves
 * the lease for a run of that date, once a day, and runs out if its run never comes.
 */
class ReviewedSqlLeaseTest {

    private static final String ACME = "acme";
    private static final LocalDate TODAY = LocalDate.parse("2026-12-01");
    private static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z");

    private ReviewedSql sql;

    @BeforeEach
    void leaseTable() throws SQLException, IOException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:lease-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String migration : List.of("V2__boms_work_orders_planning.sql", "V3__mrp_lease_claims.sql")) {
                for (String step : statements(migration)) {
                    if (step.contains("erp_mrp_lease")) {
                        statement.execute(step);
                    }
                }
            }
        }
        sql = new ReviewedSql();
        sql.dataSource = dataSource;
    }

    @Test
    void oneRunHoldsTheLeaseUntilItsTimeIsUpOrItGivesItBack() {
        assertTrue(take(1, T0, null), "the company's first lease");
        assertFalse(take(2, T0.plusSeconds(5), null), "held by run 1");
        assertTrue(sql.renewLease(ACME, 1, T0.plusSeconds(40)), "the holder renews");
        assertFalse(sql.renewLease(ACME, 2, T0.plusSeconds(40)), "another cannot");
        assertFalse(take(2, T0.plusSeconds(35), null), "renewed until 40 s");
        sql.returnLease(ACME, 1, T0.plusSeconds(36));
        assertTrue(take(2, T0.plusSeconds(37), null), "given back");
        assertEquals(2, sql.leases().get(0).execution());
    }

    @Test
    void aClaimForARestartShutsTheOldHolderOutAndLetsOnlyThatRestartIn() {
        take(1, T0, null);
        assertFalse(sql.claimForRestart(ACME, 1, T0.plusSeconds(10), T0.plusSeconds(40)), "not before its time is up");
        assertTrue(sql.claimForRestart(ACME, 1, T0.plusSeconds(31), T0.plusSeconds(61)), "its time is up");
        assertFalse(sql.claimForRestart(ACME, 1, T0.plusSeconds(32), T0.plusSeconds(62)), "claimed once");
        assertFalse(sql.renewLease(ACME, 1, T0.plusSeconds(70)), "the old holder, awake, renews no more");
        assertFalse(take(3, T0.plusSeconds(33), null), "another run does not get in");
        assertFalse(take(4, T0.plusSeconds(33), 9L), "nor a restart of another execution");
        assertTrue(take(5, T0.plusSeconds(34), 1L), "the restart of 1 takes it");
        assertNull(sql.leases().get(0).restartOf(), "the claim is taken up");
        assertFalse(take(6, T0.plusSeconds(35), 1L), "once");
        assertTrue(sql.renewLease(ACME, 5, T0.plusSeconds(70)));
    }

    @Test
    void aClaimNotTakenUpRunsOutAndCanBeMadeAgain() {
        take(1, T0, null);
        assertTrue(sql.claimForRestart(ACME, 1, T0.plusSeconds(31), T0.plusSeconds(61)));
        assertFalse(take(7, T0.plusSeconds(62), null), "a claimed lease is not free even when its claim ran out");
        assertTrue(sql.claimForRestart(ACME, 1, T0.plusSeconds(62), T0.plusSeconds(92)), "claimed again for a second restart");
        assertTrue(take(8, T0.plusSeconds(63), 1L));
    }

    @Test
    void theNightlyDateClaimReservesTheLeaseForTheDaysRunOnce() {
        take(1, T0.minusSeconds(86_400), null, TODAY.minusDays(1));
        sql.returnLease(ACME, 1, T0.minusSeconds(86_000));
        assertTrue(sql.claimDate(ACME, TODAY, "apps-1", T0, T0.plusSeconds(30)), "yesterday's run ended");
        assertFalse(sql.claimDate(ACME, TODAY, "apps-1", T0.plusSeconds(15), T0.plusSeconds(45)), "one claim a day");
        assertFalse(take(2, T0.plusSeconds(1), null, TODAY.minusDays(1)), "reserved for a run of today");
        sql.recordStart(ACME, TODAY, 3, T0.plusSeconds(32));
        assertEquals(3, sql.leases().get(0).execution(), "the started run is named");
        assertFalse(take(4, T0.plusSeconds(2), null), "reserved for run 3");
        assertTrue(take(3, T0.plusSeconds(20), null), "run 3 takes it, waiting for a thread or not");
        assertFalse(sql.claimDate(ACME, TODAY, "apps-1", T0.plusSeconds(100), T0.plusSeconds(130)), "today's run came: no second one");
    }

    @Test
    void aDateClaimWhoseRunNeverCameRunsOutAndIsMadeAgain() {
        assertTrue(sql.claimDate(ACME, TODAY, "apps-1", T0, T0.plusSeconds(30)), "the company's first lease is a claim");
        assertFalse(sql.claimDate(ACME, TODAY, "apps-2", T0.plusSeconds(15), T0.plusSeconds(45)));
        assertTrue(sql.claimDate(ACME, TODAY, "apps-2", T0.plusSeconds(31), T0.plusSeconds(61)), "no run recorded: claimed again");
        assertTrue(take(9, T0.plusSeconds(32), null), "a run of today takes the reservation");
    }

    /** The statements of one of the ERP's migrations, comments left out. */
    private List<String> statements(String migration) throws IOException {
        try (InputStream file = getClass().getResourceAsStream("/db/migration/" + migration)) {
            return Arrays.stream(new String(file.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "").split(";"))
                    .map(String::strip).filter(step -> !step.isEmpty()).toList();
        }
    }

    private boolean take(long execution, Instant now, Long restartOf) {
        return take(execution, now, restartOf, TODAY);
    }

    private boolean take(long execution, Instant now, Long restartOf, LocalDate planDate) {
        return sql.takeLease(ACME, planDate, execution, "apps-1", now, now.plusSeconds(30), restartOf);
    }
}
