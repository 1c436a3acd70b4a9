package dev.steadfast.runtime.health;

import dev.steadfast.runtime.audit.AuditDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.sql.Connection;

/**
 * Ready only while the application's datasource (the audit trail's, {@code steadfast.audit.datasource})
 * hands out a connection that answers within two seconds: without it the node can serve no write. A database every
 * server shares: {@link SharedDependency}.
 */
@Readiness
@SharedDependency
@ApplicationScoped
public class DataSourceReadiness implements HealthCheck {

    @Inject
    AuditDataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        boolean valid;
        try (Connection connection = dataSource.get().getConnection()) {
            valid = connection.isValid(2);
        } catch (Exception e) {
            valid = false;
        }
        return HealthCheckResponse.named("datasource").status(valid).build();
    }
}
