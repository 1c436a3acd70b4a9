package dev.steadfast.runtime.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads sealed records by {@link AuditQuery}: plain JDBC over {@code steadfast_audit}, every value a bound parameter.
 * It takes no lock, so it never holds up the chainers.
 */
final class AuditSearch {

    private AuditSearch() {
    }

    static List<AuditRecord> search(Connection connection, AuditQuery query) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT seq, key_version, " + AuditChain.FIELDS + ", prev_hash, hash FROM steadfast_audit WHERE 1 = 1");
        List<Object> values = new ArrayList<>();
        where(sql, values, "principal = ?", query.principal());
        where(sql, values, "principal LIKE ? ESCAPE '!'", query.principalDomain() == null ? null
                : "%@" + query.principalDomain().replace("!", "!!").replace("%", "!%").replace("_", "!_"));
        where(sql, values, "entity_type = ?", query.entityType());
        where(sql, values, "entity_id = ?", query.entityId());
        where(sql, values, "recorded_at >= ?", query.from() == null ? null : query.from().atOffset(ZoneOffset.UTC));
        where(sql, values, "recorded_at < ?", query.to() == null ? null : query.to().atOffset(ZoneOffset.UTC));
        if (!query.actions().isEmpty()) {
            sql.append(" AND action IN (").append(String.join(", ", query.actions().stream().map(a -> "?").toList())).append(')');
            values.addAll(query.actions().stream().sorted().toList());
        }
        sql.append(" ORDER BY seq DESC FETCH FIRST ? ROWS ONLY");
        values.add(query.limit());
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            List<AuditRecord> records = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    records.add(new AuditRecord(rows.getLong("seq"), rows.getInt("key_version"), AuditChain.entry(rows),
                            rows.getString("prev_hash"), rows.getString("hash")));
                }
            }
            return records;
        }
    }

    private static void where(StringBuilder sql, List<Object> values, String condition, Object value) {
        if (value != null) {
            sql.append(" AND ").append(condition);
            values.add(value);
        }
    }
}
