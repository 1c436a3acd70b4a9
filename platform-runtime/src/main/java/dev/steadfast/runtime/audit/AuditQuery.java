package dev.steadfast.runtime.audit;

import java.time.Instant;
import java.util.Set;

/**
 * Which sealed records an auditor asks for ({@link AuditTrail#search}): each filter that is not null (or, for
 * actions, not empty) narrows the answer; the newest records come first, at most {@code limit} of them.
 *
 * @param principal  who acted
 * @param entityType the kind of entity, e.g. {@code Patient}
 * @param entityId   the entity (with its type)
 * @param from       recorded at or after
 * @param to         recorded before
 * @param actions    any of these actions, e.g. the flagged ones
 * @param limit      1 to {@link #MAX_LIMIT}
 * @param principalDomain only those who acted under a name {@code NAME@principalDomain}: the users of one tenant
 *                   of an application whose user names carry their tenant (the ERP's companies)
 */
public record AuditQuery(String principal, String entityType, String entityId, Instant from, Instant to, Set<String> actions,
        int limit, String principalDomain) {

    public static final int MAX_LIMIT = 1000;

    public AuditQuery {
        actions = actions == null ? Set.of() : Set.copyOf(actions);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", not " + limit);
        }
        if (entityId != null && entityType == null) {
            throw new IllegalArgumentException("an entity id needs its entity type");
        }
    }

    /** A query of anyone's records. */
    public AuditQuery(String principal, String entityType, String entityId, Instant from, Instant to, Set<String> actions, int limit) {
        this(principal, entityType, entityId, from, to, actions, limit, null);
    }
}
