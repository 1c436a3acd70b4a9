package dev.steadfast.runtime.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit chain in plain JDBC, on a connection whose transaction the caller owns: no CDI, no JTA, so it is
 * the same code in the server and in a unit test.
 * <p>
 * Recording and chaining are two steps. {@link #addPending} inserts the entry into {@code steadfast_audit_pending}
 * in the business transaction: it commits or rolls back with the change, and takes no lock that another
 * transaction waits for, so audited work on every node runs side by side. {@link #chainPending} then moves
 * pending entries, oldest first, into the sealed chain in one short transaction that locks the single head row
 * ({@code SELECT ... FOR UPDATE}): chainers on every node take turns, each batch is linear, and the head lock is
 * held for a batch's few inserts, never for a business transaction. A node that dies leaves its pending entries
 * to the next chainer of any node.
 */
public final class AuditChain {

    private static final String READ_HEAD = "SELECT last_seq, last_hash FROM steadfast_audit_head WHERE id = 1";
    private static final String LOCK_HEAD = READ_HEAD + " FOR UPDATE";
    static final String FIELDS = """
            recorded_at, principal, roles, action, entity_type, entity_id, outcome, node, request_id,
            client_address, detail""";
    private static final String INSERT_PENDING =
            "INSERT INTO steadfast_audit_pending (" + FIELDS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String OLDEST_PENDING =
            "SELECT id, " + FIELDS + " FROM steadfast_audit_pending ORDER BY id FETCH FIRST ? ROWS ONLY";
    private static final String DELETE_PENDING = "DELETE FROM steadfast_audit_pending WHERE id = ?";
    private static final String COUNT_PENDING = "SELECT COUNT(*) FROM steadfast_audit_pending";
    private static final String ANY_PENDING = "SELECT 1 FROM steadfast_audit_pending FETCH FIRST 1 ROWS ONLY";
    private static final String KEY_VERSION_OF = "SELECT key_version FROM steadfast_audit WHERE seq = ?";
    private static final String INSERT = "INSERT INTO steadfast_audit (seq, key_version, " + FIELDS
            + ", prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String MOVE_HEAD =
            "UPDATE steadfast_audit_head SET last_seq = ?, last_hash = ? WHERE id = 1";
    private static final String ALL_IN_ORDER =
            "SELECT seq, key_version, " + FIELDS + ", prev_hash, hash FROM steadfast_audit ORDER BY seq";

    private static final List<AuditOutcome> OUTCOMES = List.of(AuditOutcome.values());

    private AuditChain() {
    }

    /** Creates the tables and the head row if they are missing; see {@link AuditSchema}. */
    public static void createTablesIfMissing(Connection connection) throws SQLException {
        AuditSchema.ensure(connection);
    }

    /** Records {@code entry} in the connection's current transaction, to be chained once that commits. */
    public static void addPending(Connection connection, AuditEntry entry) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_PENDING)) {
            bind(insert, 1, entry);
            insert.executeUpdate();
        }
    }

    /**
     * Chains up to {@code max} pending entries, oldest first, sealed with {@code keys}' current version, in the
     * connection's current transaction (which holds the head's lock until it ends).
     *
     * It never seals with a key version older than the last record's: a node that has not yet been given a newer
     * version (a rotation reaches the servers one reload at a time) leaves the entries pending for one that has.
     *
     * @return the records appended, in chain order; empty when nothing was pending (then no lock was taken)
     * @throws AuditException when the chain's last record was sealed with a newer version than {@code keys} hold
     */
    public static List<AuditRecord> chainPending(Connection connection, AuditKeys keys, int max) throws SQLException {
        if (!anyPending(connection)) {
            return List.of();
        }
        Head head = head(connection, LOCK_HEAD);
        int lastVersion = keyVersionOf(connection, head.seq());
        if (lastVersion > keys.current()) {
            throw new AuditException("The audit chain is sealed with key version " + lastVersion + ", newer than this"
                    + " node's " + keys.current() + "; its entries wait until it is given that version", null);
        }
        List<Long> ids = new ArrayList<>();
        List<AuditRecord> appended = new ArrayList<>();
        try (PreparedStatement oldest = connection.prepareStatement(OLDEST_PENDING)) {
            oldest.setInt(1, max);
            try (ResultSet rows = oldest.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong("id"));
                    appended.add(seal(keys, head, appended, entry(rows)));
                }
            }
        }
        // One round trip each for the batch's inserts and deletes; deleted by id, never by range, since an entry
        // with a lower id may commit later and must stay pending until a chainer sees it.
        try (PreparedStatement insert = connection.prepareStatement(INSERT);
             PreparedStatement delete = connection.prepareStatement(DELETE_PENDING)) {
            for (int i = 0; i < appended.size(); i++) {
                bindRecord(insert, appended.get(i));
                insert.addBatch();
                delete.setLong(1, ids.get(i));
                delete.addBatch();
            }
            if (!appended.isEmpty()) {
                insert.executeBatch();
                delete.executeBatch();
            }
        }
        if (!appended.isEmpty()) {
            AuditRecord last = appended.get(appended.size() - 1);
            try (PreparedStatement move = connection.prepareStatement(MOVE_HEAD)) {
                move.setLong(1, last.seq());
                move.setString(2, last.hash());
                move.executeUpdate();
            }
        }
        return appended;
    }

    private static boolean anyPending(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(ANY_PENDING)) {
            return row.next();
        }
    }

    /** @return the key version of record {@code seq}, 0 for the genesis (seq 0) */
    private static int keyVersionOf(Connection connection, long seq) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(KEY_VERSION_OF)) {
            query.setLong(1, seq);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getInt(1) : 0;
            }
        }
    }

    /** @return how many entries wait to be chained */
    public static long pendingCount(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(COUNT_PENDING)) {
            row.next();
            return row.getLong(1);
        }
    }

    /**
     * Walks every record in seq order and names the first one that is wrong:
     * <ul>
     * <li>a missing seq (a deleted record) names the <em>missing</em> seq;</li>
     * <li>a key version that {@code keys} do not hold names the record (it cannot be checked), and so does one
     * older than its predecessor's (after a rotation, an old, possibly leaked, key seals nothing new);</li>
     * <li>a prev_hash that is not the previous record's seal (a record inserted, replaced or removed before it)
     * names the record holding it;</li>
     * <li>a seal that does not match the record's content under its key (an edited record, or a chain
     * recomputed without the key) names that record;</li>
     * <li>a head that does not point at the last record: when records are missing at the end, the first
     * missing seq; when records lie beyond the head, the first of them.</li>
     * </ul>
     * It takes no lock, so chaining on every node goes on while it reads: records appended after it read the
     * head are accepted when the head, read again at the end, covers them.
     */
    public static AuditVerification verify(Connection connection, AuditKeys keys) throws SQLException {
        Head before = head(connection, READ_HEAD);
        long expectedSeq = 1;
        int previousVersion = 0;
        String previousHash = AuditHash.GENESIS;
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(500);
            try (ResultSet rows = statement.executeQuery(ALL_IN_ORDER)) {
                while (rows.next()) {
                    long checked = expectedSeq - 1;
                    long seq = rows.getLong("seq");
                    if (seq != expectedSeq) {
                        return AuditVerification.broken(checked, expectedSeq,
                                "record " + expectedSeq + " is missing: the next record is " + seq);
                    }
                    if (!isOutcome(rows.getString("outcome"))) {
                        return AuditVerification.broken(checked, seq, "outcome is not one of " + OUTCOMES);
                    }
                    AuditRecord record = new AuditRecord(seq, rows.getInt("key_version"), entry(rows),
                            rows.getString("prev_hash"), rows.getString("hash"));
                    if (!keys.has(record.keyVersion())) {
                        return AuditVerification.broken(checked, seq,
                                "it is sealed with audit key version " + record.keyVersion() + ", which is not held");
                    }
                    if (record.keyVersion() < previousVersion) {
                        return AuditVerification.broken(checked, seq, "it is sealed with audit key version "
                                + record.keyVersion() + ", older than record " + (seq - 1) + "'s " + previousVersion);
                    }
                    if (!record.prevHash().equals(previousHash)) {
                        return AuditVerification.broken(checked, seq, seq == 1
                                ? "prev_hash is not the genesis hash"
                                : "prev_hash is not the seal of record " + (seq - 1));
                    }
                    if (!AuditHash.hash(keys, seq, record.keyVersion(), record.entry(), record.prevHash())
                            .equals(record.hash())) {
                        return AuditVerification.broken(checked, seq, "content does not match its seal");
                    }
                    previousHash = record.hash();
                    previousVersion = record.keyVersion();
                    expectedSeq++;
                }
            }
        }
        long lastSeq = expectedSeq - 1;
        if (lastSeq < before.seq()) {
            return AuditVerification.broken(lastSeq, lastSeq + 1,
                    "the head says the last record is " + before.seq() + " but the last record is " + lastSeq);
        }
        Head after = lastSeq == before.seq() ? before : head(connection, READ_HEAD);
        if (after.seq() < lastSeq) {
            return AuditVerification.broken(after.seq(), after.seq() + 1,
                    "the head says the last record is " + after.seq() + " but the last record is " + lastSeq);
        }
        if (after.seq() == lastSeq && !after.hash().equals(previousHash)) {
            return AuditVerification.broken(lastSeq - 1, lastSeq, "the head's seal is not the seal of record " + lastSeq);
        }
        return AuditVerification.sound(lastSeq);
    }

    private static AuditRecord seal(AuditKeys keys, Head head, List<AuditRecord> appended, AuditEntry entry) {
        AuditRecord previous = appended.isEmpty() ? null : appended.get(appended.size() - 1);
        long seq = previous == null ? head.seq() + 1 : previous.seq() + 1;
        String prevHash = previous == null ? head.hash() : previous.hash();
        int version = keys.current();
        return new AuditRecord(seq, version, entry, prevHash, AuditHash.hash(keys, seq, version, entry, prevHash));
    }

    private static void bindRecord(PreparedStatement insert, AuditRecord record) throws SQLException {
        insert.setLong(1, record.seq());
        insert.setInt(2, record.keyVersion());
        bind(insert, 3, record.entry());
        insert.setString(14, record.prevHash());
        insert.setString(15, record.hash());
    }

    /** Binds the entry's eleven fields from parameter {@code first} on. */
    private static void bind(PreparedStatement statement, int first, AuditEntry entry) throws SQLException {
        statement.setObject(first, OffsetDateTime.ofInstant(entry.recordedAt(), ZoneOffset.UTC));
        statement.setString(first + 1, entry.principal());
        statement.setString(first + 2, entry.roles());
        statement.setString(first + 3, entry.action());
        statement.setString(first + 4, entry.entityType());
        statement.setString(first + 5, entry.entityId());
        statement.setString(first + 6, entry.outcome().name());
        statement.setString(first + 7, entry.node());
        statement.setString(first + 8, entry.requestId());
        statement.setString(first + 9, entry.clientAddress());
        statement.setString(first + 10, entry.detail());
    }

    private static boolean isOutcome(String outcome) {
        return OUTCOMES.stream().anyMatch(known -> known.name().equals(outcome));
    }

    private static Head head(Connection connection, String query) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(query);
             ResultSet row = lock.executeQuery()) {
            if (!row.next()) {
                throw new SQLException("steadfast_audit_head has no row with id 1");
            }
            return new Head(row.getLong(1), row.getString(2));
        }
    }

    static AuditEntry entry(ResultSet row) throws SQLException {
        return new AuditEntry(
                row.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                row.getString("principal"),
                row.getString("roles"),
                row.getString("action"),
                row.getString("entity_type"),
                row.getString("entity_id"),
                AuditOutcome.valueOf(row.getString("outcome")),
                row.getString("node"),
                row.getString("request_id"),
                row.getString("client_address"),
                row.getString("detail"));
    }

    private record Head(long seq, String hash) {
    }
}
