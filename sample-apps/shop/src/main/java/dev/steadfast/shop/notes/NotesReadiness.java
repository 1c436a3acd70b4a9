package dev.steadfast.shop.notes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the notes can be read: the schema exists and the database answers. The balancer and the rolling
 * update send traffic only to a node that reports ready (/health/ready).
 */
@Readiness
@ApplicationScoped
public class NotesReadiness implements HealthCheck {

    @Inject
    NoteRepository notes;

    @Override
    @Transactional
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("notes").up().withData("count", notes.count()).build();
    }
}
