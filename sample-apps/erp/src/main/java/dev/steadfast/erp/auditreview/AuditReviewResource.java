package dev.steadfast.erp.auditreview;

import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import dev.steadfast.erp.accounts.Caller;
import dev.steadfast.erp.accounts.Role;
import dev.steadfast.runtime.audit.AuditOutcome;
import dev.steadfast.runtime.audit.AuditQuery;
import dev.steadfast.runtime.audit.AuditReview;
import dev.steadfast.runtime.audit.AuditTrail;
import dev.steadfast.runtime.problem.BadRequestProblem;

/**
 * /api/audit: an auditor's review of the company's trail, by user, action, entity ({@code entityType} and
 * {@code entityId}, e.g. {@code StockMovement} and its id), and time range ({@code from} inclusive, {@code to}
 * exclusive, ISO-8601 instants), with the result of verifying the whole chain. The trail is the platform's, shared by
 * every company: the query keeps to the records of the caller's company's users (names {@code NAME@COMPANY}), so
 * another company's user or entity id finds nothing. Each review is itself recorded.
 */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditReviewResource {

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed(Role.AUDITOR_ROLE)
    public AuditReview review(@QueryParam("user") @Pattern(regexp = "[a-z0-9._@-]{1,127}") String user,
            @QueryParam("action") @Pattern(regexp = "[A-Za-z.-]{1,80}") String action,
            @QueryParam("entityType") @Pattern(regexp = "[A-Za-z]{1,40}") String entityType,
            @QueryParam("entityId") @Pattern(regexp = "[0-9]{1,19}") String entityId,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("limit") @DefaultValue("200") @Min(1) @Max(AuditQuery.MAX_LIMIT) int limit) {
        if (entityId != null && entityType == null) {
            throw new BadRequestProblem("entityId needs its entityType.");
        }
        AuditQuery query = new AuditQuery(user, entityType, entityId, AuditReview.instant("from", from),
                AuditReview.instant("to", to), action == null ? Set.of() : Set.of(action), limit, caller.tenant().orElseThrow());
        audit.record("audit.review", "AuditTrail", null, AuditOutcome.SUCCESS,
                "user " + user + ", action " + action + ", entity " + entityType + " " + entityId + ", from " + from + ", to " + to);
        return new AuditReview(audit.search(query), audit.verify());
    }
}
