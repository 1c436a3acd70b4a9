package dev.steadfast.ehr.access;

import java.util.Arrays;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;

import dev.steadfast.ehr.staff.Role;
import dev.steadfast.runtime.audit.AuditOutcome;
import dev.steadfast.runtime.audit.AuditTrail;
import dev.steadfast.runtime.problem.ForbiddenProblem;

/**
 * Who may do what to which patient, checked in the application (not by a web.xml constraint) so that every refusal
 * is recorded: a refused caller gets 401 (not signed in) or 403, and the trail a DENIED record with the action and the
 * patient. Clinicians and nurses reach only their care team's patients; a clinician reaches another's only through
 * an open break-glass ({@link BreakGlass}).
 */
@ApplicationScoped
public class CareAccess {

    public static final String CHALLENGE = "FormBased realm=\"Steadfast EHR\"";

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    BreakGlass breakGlass;

    /** Returns if the caller has one of the roles; otherwise records the attempt as DENIED and refuses it. */
    public void requireRole(String action, String entityType, String entityId, Role... allowed) {
        if (caller.name().isEmpty()) {
            audit.record(action, entityType, entityId, AuditOutcome.DENIED, "not signed in");
            throw new NotAuthorizedException("Sign in first.", CHALLENGE);
        }
        if (!caller.hasAny(allowed)) {
            audit.record(action, entityType, entityId, AuditOutcome.DENIED, "not one of " + Arrays.toString(allowed).toLowerCase());
            throw new ForbiddenProblem("Your role may not do this.");
        }
    }

    /**
     * Returns why the caller, who has one of the roles ({@link AccessGate} checked them before the method ran), may act
     * on the patient: a role that needs no care team, the patient's care team, or an open break-glass of a clinician's.
     * Otherwise records a DENIED and refuses.
     */
    public Access requirePatient(String action, long patientId, String patientCareTeam, Role... allowed) {
        String patient = String.valueOf(patientId);
        if (Arrays.stream(allowed).filter(r -> !r.inCareTeam()).anyMatch(caller::has)) {
            return Access.ROLE;
        }
        if (caller.careTeam().filter(patientCareTeam::equals).isPresent()) {
            return Access.CARE_TEAM;
        }
        if (caller.has(Role.CLINICIAN) && breakGlass.isOpen(patientId, caller.name().orElseThrow())) {
            return Access.BREAK_GLASS;
        }
        audit.record(action, "Patient", patient, AuditOutcome.DENIED, "outside the patient's care team");
        throw new ForbiddenProblem("Patient " + patientId + " is not in your care team. A clinician may open the record by "
                + "breaking the glass with a reason (POST api/patients/" + patientId + "/break-glass).");
    }
}
