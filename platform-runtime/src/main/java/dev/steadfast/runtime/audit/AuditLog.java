package dev.steadfast.runtime.audit;

import jakarta.json.JsonObjectBuilder;

import java.util.logging.Level;
import java.util.logging.Logger;

import dev.steadfast.runtime.json.Jsonp;

/**
 * The second copy of the trail: one JSON line per record on the logging category {@code steadfast.audit},
 * written only for records whose chaining committed. Shipped off the server by the logging setup, these
 * lines (which carry every seal) are a copy the database's owner cannot rewrite.
 */
final class AuditLog {

    static final String CATEGORY = "steadfast.audit";

    private static final Logger LOG = Logger.getLogger(CATEGORY);

    private AuditLog() {
    }

    static void write(AuditRecord record) {
        LOG.log(Level.INFO, toJson(record));
    }

    /** @return the record as one line of JSON, null fields as JSON null */
    static String toJson(AuditRecord record) {
        AuditEntry entry = record.entry();
        JsonObjectBuilder json = Jsonp.PROVIDER.createObjectBuilder()
                .add("seq", record.seq())
                .add("keyVersion", record.keyVersion())
                .add("recordedAt", entry.recordedAt().toString());
        add(json, "principal", entry.principal());
        add(json, "roles", entry.roles());
        add(json, "action", entry.action());
        add(json, "entityType", entry.entityType());
        add(json, "entityId", entry.entityId());
        add(json, "outcome", entry.outcome().name());
        add(json, "node", entry.node());
        add(json, "requestId", entry.requestId());
        add(json, "clientAddress", entry.clientAddress());
        add(json, "detail", entry.detail());
        add(json, "prevHash", record.prevHash());
        add(json, "hash", record.hash());
        return json.build().toString();
    }

    private static void add(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}
