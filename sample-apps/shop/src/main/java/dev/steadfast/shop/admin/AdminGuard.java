package dev.steadfast.shop.admin;

import dev.steadfast.runtime.audit.AuditOutcome;
import dev.steadfast.runtime.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.SecurityContext;

/**
 * Lets admins through and records everyone else (for {@link AdminOnlyFilter}). Checked in the application rather
 * than by a web.xml constraint, because a constraint refuses the request before the application sees it, and the
 * refusal would leave no audit record.
 */
@ApplicationScoped
public class AdminGuard {

    static final String ROLE = "admin";
    static final String CHALLENGE = "Basic realm=\"Steadfast Shop\"";

    @Inject
    AuditTrail audit;

    /** Returns if the caller is an admin; otherwise records the attempt as DENIED and answers 401 or 403. */
    void require(SecurityContext caller, String action, String entityType, String entityId) {
        if (caller.getUserPrincipal() == null) {
            audit.record(action, entityType, entityId, AuditOutcome.DENIED, "not authenticated");
            throw new NotAuthorizedException("Admins must sign in.", CHALLENGE);
        }
        if (!caller.isUserInRole(ROLE)) {
            audit.record(action, entityType, entityId, AuditOutcome.DENIED, "not an admin");
            throw new ForbiddenException();
        }
    }
}
