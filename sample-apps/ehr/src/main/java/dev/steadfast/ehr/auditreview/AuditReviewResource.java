package dev.steadfast.ehr.auditreview;

import java.util.Set;

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

import dev.steadfast.ehr.access.BreakGlass;
import dev.steadfast.ehr.access.Allowed;
import dev.steadfast.ehr.staff.Role;
import dev.steadfast.runtime.audit.AuditOutcome;
import dev.steadfast.runtime.audit.AuditQuery;
import dev.steadfast.runtime.audit.AuditReview;
import dev.steadfast.runtime.audit.AuditTrail;

/**
 * /api/audit: the auditors' review of the trail, by patient, user, time range ({@code from} inclusive, {@code to}
 * exclusive, ISO-8601 instants) and flagged events (break-glass openings and every access they allowed), with the
 * result of verifying the whole chain. Each review is itself recorded.
 */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditReviewResource {

    @Inject
    AuditTrail audit;


    @GET
    @Allowed(value = Role.AUDITOR, action = "audit.review", entityType = "AuditTrail")
    public AuditReview review(@QueryParam("patient") @Min(1) Long patient,
            @QueryParam("user") @Pattern(regexp = "[A-Za-z0-9._@-]{1,64}") String user,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("flagged") boolean flagged,
            @QueryParam("limit") @DefaultValue("200") @Min(1) @Max(AuditQuery.MAX_LIMIT) int limit) {
        AuditQuery query = new AuditQuery(user, patient == null ? null : "Patient", patient == null ? null : patient.toString(),
                AuditReview.instant("from", from), AuditReview.instant("to", to), flagged ? Set.copyOf(BreakGlass.FLAGGED_ACTIONS) : Set.of(), limit);
        audit.record("audit.review", "AuditTrail", null, AuditOutcome.SUCCESS,
                "patient " + patient + ", user " + user + ", from " + from + ", to " + to + ", flagged " + flagged);
        return new AuditReview(audit.search(query), audit.verify());
    }

}
