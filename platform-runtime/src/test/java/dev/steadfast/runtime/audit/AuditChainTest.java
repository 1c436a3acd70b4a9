package dev.steadfast.runtime.audit;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditChainTest {

    static final AuditKeys KEYS = AuditHashTest.KEYS;

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
        insertRaw(3, forged, records.get(1).hash(), AuditHash.hash(KEYS, 3, 2, forged, records.get(1).hash()));
        AuditVerification result = verify();
        assertThat(result.firstBrokenSeq()).isEqualTo(4L);
        assertThat(result.reason()).contains("prev_hash");
    }

    @Test
    void forgedRecordBeyondTheHeadIsDetected() throws SQLException {
        List<AuditRecord> records = append(3);
        AuditEntry forged = new AuditEntry(Instant.now(), "mallory", "", "x", null, null,
                AuditOutcome.SUCCESS, "node-x", "req-x", null, null);
        insertRaw(4, forged, records.get(2).hash(), AuditHash.hash(KEYS, 4, 2, forged, records.get(2).hash()));
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
    void aRolledBackEntryLeavesNoTraceAndARolledBackChainingLosesNoEntry() throws SQLException {
        append(2);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            AuditChain.addPending(connection, entry("lost"));
            connection.rollback();
            AuditChain.addPending(connection, entry("kept"));
            connection.commit();
            assertThat(AuditChain.chainPending(connection, KEYS, 10)).hasSize(1);
            connection.rollback();
            assertThat(AuditChain.pendingCount(connection)).isEqualTo(1);
        }
        assertThat(verify()).isEqualTo(new AuditVerification(true, 2, null, null));
        assertThat(append(1)).extracting(r -> r.entry().entityId()).containsExactly("kept", "e0");
    }

    @Test
    void chainingTakesAtMostABatchAndLeavesTheRestPending() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            for (int i = 0; i < 5; i++) {
                AuditChain.addPending(connection, entry("p" + i));
            }
            assertThat(AuditChain.chainPending(connection, KEYS, 3)).extracting(AuditRecord::seq).containsExactly(1L, 2L, 3L);
            assertThat(AuditChain.pendingCount(connection)).isEqualTo(2);
            assertThat(AuditChain.chainPending(connection, KEYS, 3)).extracting(r -> r.entry().entityId()).containsExactly("p3", "p4");
        }
        assertThat(verify()).isEqualTo(new AuditVerification(true, 5, null, null));
    }

    @Test
    void aChainRecomputedWithPlainSha256FromAnEditedRecordOnIsNamedAtThatRecord() throws Exception {
        append(6);
        rechainFrom(3, "mallory", plainSha256());
        AuditVerification forged = verify();
        assertThat(forged.intact()).isFalse();
        assertThat(forged.firstBrokenSeq()).isEqualTo(3L);
        assertThat(forged.checked()).isEqualTo(2);
        assertThat(forged.reason()).contains("seal");
    }

    @Test
    void theWholeTableRewrittenWithPlainSha256IsNamedAtItsFirstRecord() throws Exception {
        append(4);
        rechainFrom(1, "mallory", plainSha256());
        assertThat(verify().firstBrokenSeq()).isEqualTo(1L);
    }

    @Test
    void theSameRewriteWithTheKeyVerifies() throws Exception {
        // Positive control for the two tests above: what breaks them is the missing key, not the rewrite itself.
        append(4);
        rechainFrom(1, "mallory", text -> KEYS.seal(2, text));
        assertThat(verify()).isEqualTo(new AuditVerification(true, 4, null, null));
    }

    @Test
    void aChainRecomputedUnderAGuessedKeyIsNamedAtItsFirstForgedRecord() throws Exception {
        append(4);
        AuditKeys guessed = AuditKeys.parse("2:" + "g".repeat(32));
        rechainFrom(2, "mallory", text -> guessed.seal(2, text));
        assertThat(verify().firstBrokenSeq()).isEqualTo(2L);
    }

    @Test
    void afterARotationOldRecordsVerifyUnderTheirOwnVersionAndNewOnesUseTheNewest() throws SQLException {
        AuditKeys before = AuditKeys.parse("1:" + "k".repeat(32));
        try (Connection connection = dataSource.getConnection()) {
            AuditChain.addPending(connection, entry("old"));
            assertThat(AuditChain.chainPending(connection, before, 10)).extracting(AuditRecord::keyVersion).containsExactly(1);
        }
        assertThat(append(1)).extracting(AuditRecord::keyVersion).containsExactly(2);
        assertThat(verify()).isEqualTo(new AuditVerification(true, 2, null, null));
        try (Connection connection = dataSource.getConnection()) {
            AuditVerification withoutOldKey = AuditChain.verify(connection, AuditKeys.parse("2:" + "q".repeat(32)));
            assertThat(withoutOldKey.firstBrokenSeq()).isEqualTo(1L);
            assertThat(withoutOldKey.reason()).contains("version 1");
        }
    }

    @Test
    void aNodeNotYetGivenTheNewestKeyLeavesEntriesPendingAndAnOlderKeySealingAfterANewerOneIsNamed() throws Exception {
        append(1);
        AuditKeys oldOnly = AuditKeys.parse("1:" + "k".repeat(32));
        try (Connection connection = dataSource.getConnection()) {
            AuditChain.addPending(connection, entry("waits"));
            assertThatThrownBy(() -> AuditChain.chainPending(connection, oldOnly, 10)).isInstanceOf(AuditException.class)
                    .hasMessageContaining("key version 2");
            assertThat(AuditChain.pendingCount(connection)).isEqualTo(1);
        }
        AuditEntry forged = entry("downgraded");
        AuditRecord last = append(1).get(1); // the waiting entry, then this one: records 2 and 3
        insertRaw(4, forged, last.hash(), AuditHash.hash(KEYS, 4, 1, forged, last.hash()), 1);
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE steadfast_audit_head SET last_seq = 4");
        }
        AuditVerification result = verify();
        assertThat(result.firstBrokenSeq()).isEqualTo(4L);
        assertThat(result.reason()).contains("older than record 3");
    }

    @Test
    void aKeylessFirstVersionChainIsKeptUnderItsOwnNameAndANewChainStarts() throws SQLException {
        JdbcDataSource old = new JdbcDataSource();
        old.setURL("jdbc:h2:mem:audit-v1-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (Connection connection = old.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE TABLE steadfast_audit (seq BIGINT PRIMARY KEY, hash CHAR(64))");
            statement.executeUpdate("CREATE TABLE steadfast_audit_head (id INTEGER PRIMARY KEY, last_seq BIGINT, last_hash CHAR(64))");
            statement.executeUpdate("INSERT INTO steadfast_audit VALUES (1, '" + "a".repeat(64) + "')");
            AuditChain.createTablesIfMissing(connection);
            try (ResultSet kept = statement.executeQuery("SELECT COUNT(*) FROM steadfast_audit_v1")) {
                kept.next();
                assertThat(kept.getLong(1)).isEqualTo(1);
            }
            AuditChain.addPending(connection, entry("new"));
            assertThat(AuditChain.chainPending(connection, KEYS, 10)).extracting(AuditRecord::seq).containsExactly(1L);
            assertThat(AuditChain.verify(connection, KEYS)).isEqualTo(new AuditVerification(true, 1, null, null));
        }
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
                            AuditChain.addPending(connection, entry(name + "-" + i));
                            connection.commit();
                            AuditChain.chainPending(connection, KEYS, 3);
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
            AuditVerification result = AuditChain.verify(connection, KEYS);
            connection.commit();
            return result;
        }
    }

    private List<AuditRecord> append(int count) throws SQLException {
        List<AuditRecord> records = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                AuditChain.addPending(connection, entry("e" + i));
            }
            connection.commit();
            records.addAll(AuditChain.chainPending(connection, KEYS, 1000));
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
        insertRaw(seq, e, prevHash, hash, 2);
    }

    private void insertRaw(long seq, AuditEntry e, String prevHash, String hash, int keyVersion) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO steadfast_audit (seq, key_version, recorded_at, principal, roles, action, entity_type,
                         entity_id, outcome, node, request_id, client_address, detail, prev_hash, hash)
                     VALUES (?, %d, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""".formatted(keyVersion))) {
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

    /**
     * What someone who can write the tables but holds no key can do: give record {@code from} another principal,
     * then recompute every link from there on with {@code seal} and move the head to the new last link.
     */
    private void rechainFrom(long from, String principal, UnaryOperator<String> seal) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            String prevHash = AuditHash.GENESIS;
            try (PreparedStatement all = connection.prepareStatement(
                    "SELECT seq, key_version, hash FROM steadfast_audit ORDER BY seq");
                 PreparedStatement update = connection.prepareStatement(
                    "UPDATE steadfast_audit SET principal = ?, prev_hash = ?, hash = ? WHERE seq = ?")) {
                List<AuditRecord> records = new ArrayList<>();
                try (ResultSet rows = all.executeQuery()) {
                    while (rows.next()) {
                        records.add(new AuditRecord(rows.getLong(1), rows.getInt(2), null, null, rows.getString(3)));
                    }
                }
                for (AuditRecord record : records) {
                    if (record.seq() < from) {
                        prevHash = record.hash();
                        continue;
                    }
                    AuditEntry stored = storedEntry(connection, record.seq());
                    AuditEntry edited = record.seq() == from ? AuditHashTest.with(stored, 1, principal) : stored;
                    String hash = seal.apply(AuditHash.canonical(record.seq(), record.keyVersion(), edited, prevHash));
                    update.setString(1, edited.principal());
                    update.setString(2, prevHash);
                    update.setString(3, hash);
                    update.setLong(4, record.seq());
                    update.executeUpdate();
                    prevHash = hash;
                }
            }
            try (PreparedStatement head = connection.prepareStatement("UPDATE steadfast_audit_head SET last_hash = ?")) {
                head.setString(1, prevHash);
                head.executeUpdate();
            }
            connection.commit();
        }
    }

    private static AuditEntry storedEntry(Connection connection, long seq) throws SQLException {
        try (PreparedStatement q = connection.prepareStatement(
                "SELECT recorded_at, principal, roles, action, entity_type, entity_id, outcome, node, request_id, "
                        + "client_address, detail FROM steadfast_audit WHERE seq = ?")) {
            q.setLong(1, seq);
            try (ResultSet row = q.executeQuery()) {
                row.next();
                return new AuditEntry(row.getObject(1, java.time.OffsetDateTime.class).toInstant(), row.getString(2),
                        row.getString(3), row.getString(4), row.getString(5), row.getString(6),
                        AuditOutcome.valueOf(row.getString(7)), row.getString(8), row.getString(9), row.getString(10),
                        row.getString(11));
            }
        }
    }

    private static UnaryOperator<String> plainSha256() throws NoSuchAlgorithmException {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        return text -> HexFormat.of().formatHex(sha256.digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
