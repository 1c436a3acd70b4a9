package org.example.consumer;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.hibernate.Session;

import dev.steadfast.runtime.audit.Audited;

/** Jakarta EE from the umbrella API, MicroProfile Fault Tolerance, Hibernate and the runtime library's audit trail. */
@Path("/greetings")
@ApplicationScoped
public class Greetings {

    @PersistenceContext
    EntityManager entityManager;

    @GET
    @Retry(maxRetries = 2)
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Audited(action = "greeting.read", entityType = "Greeting")
    public String hello() {
        return "hello from " + entityManager.unwrap(Session.class).getTenantIdentifier();
    }
}
