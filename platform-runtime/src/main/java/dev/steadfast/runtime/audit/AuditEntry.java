package dev.steadfast.runtime.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What one audit record says, before it is numbered and chained. The compact constructor brings every
 * field to what the table stores (millisecond instant, strings cut to their column's length), so the hash
 * computed before the insert is the hash of what is read back.
 *
 * @param recordedAt    when, in UTC, to the millisecond
 * @param principal     who: the caller's name, {@code anonymous} or {@code system}
 * @param roles         the caller's roles among the configured ones, comma-separated, possibly empty
 * @param action        what was done, e.g. {@code order.cancel}
 * @param entityType    the kind of entity acted on, or null
 * @param entityId      the entity acted on, or null
 * @param outcome       how it ended
 * @param node          the server that did it
 * @param requestId     the request it was part of
 * @param clientAddress the client's address, or null outside HTTP
 * @param detail        a short note, or null: for failures the exception's simple class name, never a stack trace
 */
public record AuditEntry(Instant recordedAt, String principal, String roles, String action, String entityType,
                         String entityId, AuditOutcome outcome, String node, String requestId, String clientAddress,
                         String detail) {

    public AuditEntry {
        recordedAt = Objects.requireNonNull(recordedAt, "recordedAt").truncatedTo(ChronoUnit.MILLIS);
        principal = cut(Objects.requireNonNull(principal, "principal"), 255);
        roles = cut(Objects.requireNonNull(roles, "roles"), 1000);
        action = cut(Objects.requireNonNull(action, "action"), 100);
        entityType = cut(entityType, 100);
        entityId = cut(entityId, 255);
        Objects.requireNonNull(outcome, "outcome");
        node = cut(Objects.requireNonNull(node, "node"), 255);
        requestId = cut(Objects.requireNonNull(requestId, "requestId"), 64);
        clientAddress = cut(clientAddress, 255);
        detail = cut(detail, 1000);
    }

    private static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
