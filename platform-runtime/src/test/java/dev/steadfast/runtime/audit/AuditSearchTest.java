package dev.steadfast.runtime.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An auditor's query: each filter narrows the sealed records, newest first, values bound (never spliced into SQL). */
class AuditSearchTest {

    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    JdbcDataSource dataSource;

    @BeforeEach
    void chainOfFive() throws SQLException {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:search-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (Connection connection = dataSource.getConnection()) {
            AuditChain.createTablesIfMissing(connection);
            connection.setAutoCommit(false);
            AuditChain.addPending(connection, entry(0, "alice", "patient.read", "7"));
            AuditChain.addPending(connection, entry(1, "bob@acme", "patient.read", "7"));
            AuditChain.addPending(connection, entry(2, "alice", "patient.break-glass", "8"));
            AuditChain.addPending(connection, entry(3, "alice", "chart.read-break-glass", "8"));
            AuditChain.addPending(connection, entry(4, "carol@acme", "patient.read", "9"));
            connection.commit();
            AuditChain.chainPending(connection, AuditHashTest.KEYS, 100);
            connection.commit();
        }
    }

    @Test
    void withNoFilterEveryRecordNewestFirstUpToTheLimit() throws SQLException {
        assertThat(search(new AuditQuery(null, null, null, null, null, null, 3))).extracting(AuditRecord::seq).containsExactly(5L, 4L, 3L);
    }

    @Test
    void byPatientUserTimeAndActions() throws SQLException {
        assertThat(search(new AuditQuery(null, "Patient", "7", null, null, null, 100))).extracting(AuditRecord::seq).containsExactly(2L, 1L);
        assertThat(search(new AuditQuery("alice", null, null, null, null, null, 100))).extracting(AuditRecord::seq).containsExactly(4L, 3L, 1L);
        assertThat(search(new AuditQuery(null, null, null, T0.plusSeconds(1), T0.plusSeconds(3), null, 100)))
                .extracting(AuditRecord::seq).containsExactly(3L, 2L);
        assertThat(search(new AuditQuery(null, null, null, null, null, Set.of("patient.break-glass", "chart.read-break-glass"), 100)))
                .extracting(AuditRecord::seq).containsExactly(4L, 3L);
        assertThat(search(new AuditQuery("bob@acme", "Patient", "8", null, null, null, 100))).isEmpty();
    }

    @Test
    void byTheDomainOfThePrincipalsNameAndNoWildcardInIt() throws SQLException {
        assertThat(search(new AuditQuery(null, null, null, null, null, null, 100, "acme"))).extracting(AuditRecord::seq).containsExactly(5L, 2L);
        assertThat(search(new AuditQuery(null, null, null, null, null, null, 100, "acm_"))).isEmpty();
        assertThat(search(new AuditQuery(null, null, null, null, null, null, 100, "%"))).isEmpty();
    }

    @Test
    void aValueThatLooksLikeSqlIsOnlyAValue() throws SQLException {
        assertThat(search(new AuditQuery("alice' OR '1'='1", null, null, null, null, null, 100))).isEmpty();
    }

    @Test
    void aLimitOutsideOneToAThousandOrAnIdWithoutItsTypeIsRefused() {
        assertThatThrownBy(() -> new AuditQuery(null, null, null, null, null, null, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditQuery(null, null, null, null, null, null, 1001)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditQuery(null, null, "7", null, null, null, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private List<AuditRecord> search(AuditQuery query) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return AuditSearch.search(connection, query);
        }
    }

    private static AuditEntry entry(int second, String who, String action, String patient) {
        return new AuditEntry(T0.plusSeconds(second), who, "clinician", action, "Patient", patient, AuditOutcome.SUCCESS, "node-a",
                UUID.randomUUID().toString(), "127.0.0.1", null);
    }
}
