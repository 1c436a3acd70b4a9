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

    @Inject
    @ConfigProperty(name = "steadfast.audit.datasource", defaultValue = DEFAULT_DATASOURCE)
    String dataSource;

    /** The roles worth recording: {@code isUserInRole} is asked for each, since servlets cannot list them. */
    @Inject
    @ConfigProperty(name = "steadfast.audit.roles", defaultValue = "admin,user")
    List<String> roles;

    /** Only behind a proxy that sets it: otherwise any client could claim any address. */
    @Inject
    @ConfigProperty(name = "steadfast.audit.trust-forwarded-for", defaultValue = "false")
    boolean trustForwardedFor;

    String dataSource() {
        return dataSource;
    }

    List<String> roles() {
        return roles;
    }

    boolean trustForwardedFor() {
        return trustForwardedFor;
    }
}
