package ${package}.notes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import dev.steadfast.runtime.health.SharedDependency;

/**
 * Ready when the notes can be read: the schema exists and the database answers. Rolling updates and
 * {@code steadfast status} count a node as ready only when /health/ready says so. The database is shared by every
 * node: a {@link SharedDependency}, which a platform where readiness steers traffic (Kubernetes) leaves out.
 */
@Readiness
@SharedDependency
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
