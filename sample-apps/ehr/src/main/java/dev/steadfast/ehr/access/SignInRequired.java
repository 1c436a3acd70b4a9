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
 * Every method of the EHR's API is for signed-in staff: a caller who has not signed in is refused (401) before the
 * method reads any input, and counted in the trail's tally of anonymous refusals. Role and care team are checked
 * after, by the method ({@link CareAccess}).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class SignInRequired implements ContainerRequestFilter {

    @Inject
    AuditTrail audit;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() == null) {
            String action = resource.getResourceClass().getSimpleName() + "." + resource.getResourceMethod().getName();
            audit.record(action, null, null, AuditOutcome.DENIED, "not signed in");
            throw new NotAuthorizedException("Sign in first.", CareAccess.CHALLENGE);
        }
    }
}
