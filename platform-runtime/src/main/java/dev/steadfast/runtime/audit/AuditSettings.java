package dev.steadfast.runtime.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;

/**
 * The audit trail's MicroProfile Config keys, each with its default. Read through the methods: callers hold a
 * client proxy, whose own fields are never injected.
 */
@ApplicationScoped
class AuditSettings {

    static final String DEFAULT_DATASOURCE = "java:jboss/datasources/SteadfastDS";
    static final String DEFAULT_KEYS_BINDING = "java:global/steadfast/audit-keys";

    @Inject
    @ConfigProperty(name = "steadfast.audit.datasource", defaultValue = DEFAULT_DATASOURCE)
    String dataSource;

    /** The roles worth recording: {@code isUserInRole} is asked for each, since servlets cannot list them. */
    @Inject
    @ConfigProperty(name = "steadfast.audit.roles", defaultValue = "admin,user")
    List<String> roles;

    /** Where the server binds the audit keys (see {@link AuditKeySource}). */
    @Inject
    @ConfigProperty(name = "steadfast.audit.keys-binding", defaultValue = DEFAULT_KEYS_BINDING)
    String keysBinding;

    String dataSource() {
        return dataSource;
    }

    List<String> roles() {
        return roles;
    }

    String keysBinding() {
        return keysBinding;
    }
}
