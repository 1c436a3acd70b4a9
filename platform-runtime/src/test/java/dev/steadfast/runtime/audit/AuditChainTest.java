package dev.steadfast.runtime.audit;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChainTest {

    JdbcDataSource dataSource;

    @BeforeEach
    void freshDatabase() throws SQLException {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:audit-" + UUID.randomUUID() + ";LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=-1");
        try (Connection connection = dataSource.getConnection()) {
            AuditChain.createTablesIfMissing(connection);
            AuditChain.createTablesIfMissing(connection); // a second node starting: nothing happens
        }
    }

    @Test
    void emptyChainIsIntact() throws SQLException {
        assertThat(verify()).isEqualTo(new AuditVerification(true, 0, null, null));
    }

    @Test
    void cleanChainIsIntactAndLinked() throws SQLException {
        List<AuditRecord> records = append(5);
        assertThat(records).extracting(AuditRecord::seq).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(records.get(0).prevHash()).isEqualTo(AuditHash.GENESIS);
        for (int i = 1; i < records.size(); i++) {
            assertThat(records.get(i).prevHash()).isEqualTo(records.get(i - 1).hash());
        }
        assertThat(verify()).isEqualTo(new AuditVerification(true, 5, null, null));
    }

    @Test
    void editedFieldNamesThatRecord() throws SQLException {
        append(5);
        execute("UPDATE steadfast_audit SET principal = 'mallory' WHERE seq = 3");
        AuditVerification result = verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(3L);
        assertThat(result.checked()).isEqualTo(2);
        assertThat(result.reason()).contains("content");
    }

    @Test
    void editedTimestampNamesThatRecord() throws SQLException {
        append(3);
        execute("UPDATE steadfast_audit SET recorded_at = recorded_at + INTERVAL '1' SECOND WHERE seq = 2");
        assertThat(verify().firstBrokenSeq()).isEqualTo(2L);
    }

    @Test
    void unknownOutcomeNamesThatRecord() throws SQLException {
        append(3);
        execute("UPDATE steadfast_audit SET outcome = 'OK' WHERE seq = 2");
        AuditVerification result = verify();
        assertThat(result.firstBrokenSeq()).isEqualTo(2L);
        assertThat(result.reason()).contains("outcome");
    }

    @Test
    void deletedMiddleRecordNamesTheMissingSeq() throws SQLException {
        append(5);
        execute("DELETE FROM steadfast_audit WHERE seq = 3");
        AuditVerification result = verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(3L);
        assertThat(result.reason()).contains("missing");
    }

    @Test
    void forgedReplacementWithValidOwnHashIsCaughtByItsSuccessor() throws SQLException {
        List<AuditRecord> records = append(5);
        AuditEntry forged = new AuditEntry(Instant.now(), "mallory", "admin", "order.refund", "Order", "9",
                AuditOutcome.SUCCESS, "node-x", "req-x", null, null);
        execute("DELETE FROM steadfast_audit WHERE seq = 3");
        insertRaw(3, forged, records.get(1).hash(), AuditHash.hash(3, forged, records.get(1).hash()));
        AuditVerification result = verify();
        assertThat(result.firstBrokenSeq()).isEqualTo(4L);
        assertThat(result.reason()).contains("prev_hash");
    }

    @Test
    void forgedRecordBeyondTheHeadIsDetected() throws SQLException {
        List<AuditRecord> records = append(3);
        AuditEntry forged = new AuditEntry(Instant.now(), "mallory", "", "x", null, null,
                AuditOutcome.SUCCESS, "node-x", "req-x", null, null);
        insertRaw(4, forged, records.get(2).hash(), AuditHash.hash(4, forged, records.get(2).hash()));
        AuditVerification result = verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(4L);
        assertThat(result.reason()).contains("head");
    }

    @Test
    void deletedLastRecordIsCaughtByTheHead() throws SQLException {
        append(4);
        execute("DELETE FROM steadfast_audit WHERE seq = 4");
        AuditVerification result = verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(4L);
        assertThat(result.checked()).isEqualTo(3);
        assertThat(result.reason()).contains("head");
    }

    @Test
    void rolledBackAppendLeavesNoTrace() throws SQLException {
        append(2);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            AuditChain.append(connection, entry("lost"));
            connection.rollback();
        }
        assertThat(verify()).isEqualTo(new AuditVerification(true, 2, null, null));
        assertThat(append(1).get(0).seq()).isEqualTo(3);
    }

    @Test
    void concurrentWritersOnSeparateConnectionsMakeOneChain() throws Exception {
        int writers = 2;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                String name = "writer-" + w;
                done.add(pool.submit((Callable<Void>) () -> {
                    try (Connection connection = dataSource.getConnection()) {
                        connection.setAutoCommit(false);
                        start.await();
                        for (int i = 0; i < each; i++) {
                            AuditChain.append(connection, entry(name + "-" + i));
                            connection.commit();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(verify()).isEqualTo(new AuditVerification(true, writers * each, null, null));
    }

    private AuditVerification verify() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            AuditVerification result = AuditChain.verify(connection);
            connection.commit();
            return result;
        }
    }

    private List<AuditRecord> append(int count) throws SQLException {
        List<AuditRecord> records = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                records.add(AuditChain.append(connection, entry("e" + i)));
            }
            connection.commit();
        }
        return records;
    }

    private static AuditEntry entry(String id) {
        return new AuditEntry(Instant.now(), "alice", "user", "thing.update", "Thing", id, AuditOutcome.SUCCESS,
                "node-a", UUID.randomUUID().toString(), "127.0.0.1", null);
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThat(statement.executeUpdate(sql)).isEqualTo(1);
        }
    }

    private void insertRaw(long seq, AuditEntry e, String prevHash, String hash) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO steadfast_audit (seq, recorded_at, principal, roles, action, entity_type, entity_id,
                         outcome, node, request_id, client_address, detail, prev_hash, hash)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setLong(1, seq);
            insert.setObject(2, e.recordedAt().atOffset(java.time.ZoneOffset.UTC));
            insert.setString(3, e.principal());
            insert.setString(4, e.roles());
            insert.setString(5, e.action());
            insert.setString(6, e.entityType());
            insert.setString(7, e.entityId());
            insert.setString(8, e.outcome().name());
            insert.setString(9, e.node());
            insert.setString(10, e.requestId());
            insert.setString(11, e.clientAddress());
            insert.setString(12, e.detail());
            insert.setString(13, prevHash);
            insert.setString(14, hash);
            insert.executeUpdate();
        }
    }
}
