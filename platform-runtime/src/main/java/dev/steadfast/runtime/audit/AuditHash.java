package dev.steadfast.runtime.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The canonical form of an audit record and its hash: pure, so that anyone can recompute a chain.
 * <p>
 * Canonical form, version 1: the line {@code steadfast-audit-v1}, then one line per field in this order:
 * seq, recorded_at, principal, roles, action, entity_type, entity_id, outcome, node, request_id,
 * client_address, detail, prev_hash. Each line ends with {@code \n}. A null field is the line {@code -};
 * any other value is {@code =} followed by the value with {@code \} written {@code \\}, LF written
 * {@code \n} and CR written {@code \r}, so no value can spill into the next line and null differs from every
 * string, the empty one included. seq is decimal; recorded_at is {@code yyyy-MM-ddTHH:mm:ss.SSSZ} in UTC;
 * outcome is its name. The hash is the lowercase hex SHA-256 of the UTF-8 bytes of that text: since prev_hash
 * is its last field, each record's hash covers the whole chain before it.
 */
public final class AuditHash {

    /** The prev_hash of record 1. */
    public static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private AuditHash() {
    }

    /** @return the canonical form of record {@code seq} with content {@code entry} following {@code prevHash} */
    public static String canonical(long seq, AuditEntry entry, String prevHash) {
        StringBuilder text = new StringBuilder("steadfast-audit-v1\n");
        field(text, Long.toString(seq));
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

    /** @return the lowercase hex SHA-256 of {@link #canonical(long, AuditEntry, String)} */
    public static String hash(long seq, AuditEntry entry, String prevHash) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical(seq, entry, prevHash).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
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
