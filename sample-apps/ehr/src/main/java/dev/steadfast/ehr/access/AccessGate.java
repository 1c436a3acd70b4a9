package dev.steadfast.ehr.access;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import dev.steadfast.runtime.audit.AuditOutcome;
import dev.steadfast.runtime.audit.AuditTrail;

/**
 * The door of the EHR's API, before any method reads its input (a bad body from the wrong role is a 403, not a 400):
 * a caller who has not signed in is refused (401) and counted in the trail's tally of anonymous refusals; one whose
 * account has been disabled is signed out and refused (401), as a disabled account must not keep a session it opened
 * before; a method marked {@link Allowed} refuses every other role (403, recorded as DENIED). The care team is the
 * method's own check ({@link CareAccess#requirePatient}), once it knows the patient.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AccessGate implements ContainerRequestFilter {

    @Inject
    AuditTrail audit;

    @Inject
    CareAccess access;

    @Inject
    Caller caller;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Allowed allowed = resource.getResourceMethod().getAnnotation(Allowed.class);
        String action = allowed != null ? allowed.action()
                : resource.getResourceClass().getSimpleName() + "." + resource.getResourceMethod().getName();
        if (caller.name().isEmpty()) {
            audit.record(action, null, null, AuditOutcome.DENIED, "not signed in");
            throw new NotAuthorizedException("Sign in first.", CareAccess.CHALLENGE);
        }
        if (caller.isDisabled()) {
            audit.record(action, null, null, AuditOutcome.DENIED, "account disabled; signed out");
            caller.signOut();
            throw new NotAuthorizedException("Your account is disabled.", CareAccess.CHALLENGE);
        }
        if (allowed != null) {
            access.requireRole(action, allowed.entityType(), request.getUriInfo().getPathParameters().getFirst(allowed.idParameter()),
                    allowed.value());
        }
    }
}
