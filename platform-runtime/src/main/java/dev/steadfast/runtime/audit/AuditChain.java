package dev.steadfast.runtime.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The audit chain in plain JDBC, on a connection whose transaction the caller owns: no CDI, no JTA, so it is
 * the same code in the server and in a unit test.
 * <p>
 * Appending locks the single head row ({@code SELECT ... FOR UPDATE}), so writers on every node of the
 * cluster queue behind each other until the holder's transaction ends, and the chain stays linear.
 */
public final class AuditChain {

    private static final String READ_HEAD = "SELECT last_seq, last_hash FROM steadfast_audit_head WHERE id = 1";
    private static final String LOCK_HEAD = READ_HEAD + " FOR UPDATE";
    private static final String INSERT = """
            INSERT INTO steadfast_audit (seq, recorded_at, principal, roles, action, entity_type, entity_id,
                outcome, node, request_id, client_address, detail, prev_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String MOVE_HEAD =
            "UPDATE steadfast_audit_head SET last_seq = ?, last_hash = ? WHERE id = 1";
    private static final String ALL_IN_ORDER = """
            SELECT seq, recorded_at, principal, roles, action, entity_type, entity_id, outcome, node,
                request_id, client_address, detail, prev_hash, hash
            FROM steadfast_audit ORDER BY seq""";

    private static final List<AuditOutcome> OUTCOMES = List.of(AuditOutcome.values());

    private AuditChain() {
    }

    /** Creates the tables and the head row if they are missing; see {@link AuditSchema}. */
    public static void createTablesIfMissing(Connection connection) throws SQLException {
        AuditSchema.ensure(connection);
    }

    /**
     * Appends {@code entry} as the next record, in the connection's current transaction: it becomes visible
     * and releases the head's lock when that transaction commits, and vanishes if it rolls back.
     */
    public static AuditRecord append(Connection connection, AuditEntry entry) throws SQLException {
        Head head = head(connection, LOCK_HEAD);
        long seq = head.seq() + 1;
        AuditRecord record = new AuditRecord(seq, entry, head.hash(), AuditHash.hash(seq, entry, head.hash()));
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setLong(1, seq);
            insert.setObject(2, OffsetDateTime.ofInstant(entry.recordedAt(), ZoneOffset.UTC));
            insert.setString(3, entry.principal());
            insert.setString(4, entry.roles());
            insert.setString(5, entry.action());
            insert.setString(6, entry.entityType());
            insert.setString(7, entry.entityId());
            insert.setString(8, entry.outcome().name());
            insert.setString(9, entry.node());
            insert.setString(10, entry.requestId());
            insert.setString(11, entry.clientAddress());
            insert.setString(12, entry.detail());
            insert.setString(13, record.prevHash());
            insert.setString(14, record.hash());
            insert.executeUpdate();
        }
        try (PreparedStatement move = connection.prepareStatement(MOVE_HEAD)) {
            move.setLong(1, seq);
            move.setString(2, record.hash());
            move.executeUpdate();
        }
        return record;
    }

    /**
     * Walks every record in seq order and names the first one that is wrong:
     * <ul>
     * <li>a missing seq (a deleted record) names the <em>missing</em> seq;</li>
     * <li>a prev_hash that is not the previous record's hash (a record inserted, replaced or removed before it)
     * names the record holding it;</li>
     * <li>a hash that does not match the record's content (an edited record) names that record;</li>
     * <li>a head that does not point at the last record: when records are missing at the end, the first
     * missing seq; when records lie beyond the head, the first of them.</li>
     * </ul>
     * It takes no lock, so appends on every node go on while it reads: records appended after it read the head
     * are accepted when the head, read again at the end, covers them (anything beyond that is not part of the
     * chain). It cannot tell a consistent rewrite of the whole chain from the truth: the hashes carry no
     * secret, so the {@code steadfast.audit} log lines (which hold every hash) are the copy to compare with.
     */
    public static AuditVerification verify(Connection connection) throws SQLException {
        Head before = head(connection, READ_HEAD);
        long expectedSeq = 1;
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
                    AuditRecord record = read(rows);
                    if (!record.prevHash().equals(previousHash)) {
                        return AuditVerification.broken(checked, record.seq(), record.seq() == 1
                                ? "prev_hash is not the genesis hash"
                                : "prev_hash is not the hash of record " + (record.seq() - 1));
                    }
                    if (!AuditHash.hash(record.seq(), record.entry(), record.prevHash()).equals(record.hash())) {
                        return AuditVerification.broken(checked, record.seq(), "content does not match its hash");
                    }
                    previousHash = record.hash();
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
            return AuditVerification.broken(lastSeq - 1, lastSeq, "the head's hash is not the hash of record " + lastSeq);
        }
        return AuditVerification.sound(lastSeq);
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

    private static AuditRecord read(ResultSet row) throws SQLException {
        AuditEntry entry = new AuditEntry(
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
        return new AuditRecord(row.getLong("seq"), entry, row.getString("prev_hash"), row.getString("hash"));
    }

    private record Head(long seq, String hash) {
    }
}
