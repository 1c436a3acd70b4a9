package dev.steadfast.runtime.audit;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The canonical form of an audit record and its seal: pure, so that anyone who holds the key can recompute a
 * chain, and nobody who does not can.
 * <p>
 * Canonical form, version 2: the line {@code steadfast-audit-v2}, then one line per field in this order:
 * seq, key_version, recorded_at, principal, roles, action, entity_type, entity_id, outcome, node, request_id,
 * client_address, detail, prev_hash. Each line ends with {@code \n}. A null field is the line {@code -};
 * any other value is {@code =} followed by the value with {@code \} written {@code \\}, LF written
 * {@code \n} and CR written {@code \r}, so no value can spill into the next line and null differs from every
 * string, the empty one included. seq and key_version are decimal; recorded_at is
 * {@code yyyy-MM-ddTHH:mm:ss.SSSZ} in UTC; outcome is its name. The seal (column {@code hash}) is the
 * lowercase hex HMAC-SHA256 of the UTF-8 bytes of that text under audit key {@code key_version}
 * ({@link AuditKeys}): since prev_hash is its last field, each record's seal covers the whole chain before it.
 */
public final class AuditHash {

    /** The prev_hash of record 1. */
    public static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private AuditHash() {
    }

    /** @return the canonical form of record {@code seq}, sealed with {@code keyVersion}, following {@code prevHash} */
    public static String canonical(long seq, int keyVersion, AuditEntry entry, String prevHash) {
        StringBuilder text = new StringBuilder("steadfast-audit-v2\n");
        field(text, Long.toString(seq));
        field(text, Integer.toString(keyVersion));
        field(text, INSTANT.format(entry.recordedAt()));
        field(text, entry.principal());
        field(text, entry.roles());
        field(text, entry.action());
        field(text, entry.entityType());
        field(text, entry.entityId());
        field(text, entry.outcome().name());
        field(text, entry.node());
        field(text, entry.requestId());
        field(text, entry.clientAddress());
        field(text, entry.detail());
        field(text, prevHash);
        return text.toString();
    }

    /** @return the seal of {@link #canonical(long, int, AuditEntry, String)} under {@code keys}' {@code keyVersion} */
    public static String hash(AuditKeys keys, long seq, int keyVersion, AuditEntry entry, String prevHash) {
        return keys.seal(keyVersion, canonical(seq, keyVersion, entry, prevHash));
    }

    private static void field(StringBuilder text, String value) {
        if (value == null) {
            text.append("-\n");
            return;
        }
        text.append('=');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
        text.append('\n');
    }
}
