package dev.steadfast.ehr.breakglass;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.steadfast.ehr.access.Access;
import dev.steadfast.ehr.access.Allowed;
import dev.steadfast.ehr.access.BreakGlass;
import dev.steadfast.ehr.access.CareAccess;
import dev.steadfast.ehr.access.Caller;
import dev.steadfast.ehr.patient.Patient;
import dev.steadfast.ehr.patient.PatientRegistry;
import dev.steadfast.ehr.staff.Role;
import dev.steadfast.runtime.audit.AuditOutcome;
import dev.steadfast.runtime.audit.AuditTrail;
import dev.steadfast.runtime.problem.ConflictProblem;

/**
 * /api/patients/{id}/break-glass: POST opens the record to a clinician outside its care team, with a reason; GET lists
 * the openings to the patient's care team and to auditors, so that nobody's use of it goes unseen.
 */
@Path("patients/{id}/break-glass")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BreakGlassResource {

    @Inject
    BreakGlass breakGlass;

    @Inject
    PatientRegistry patients;

    @Inject
    CareAccess access;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @POST
    @Allowed(value = Role.CLINICIAN, action = "patient.break-glass", entityType = "Patient")
    public Response open(@PathParam("id") long id, @NotNull @Valid BreakGlassRequest request) {
        Patient patient = patients.require(id);
        if (caller.careTeam().filter(patient.careTeam()::equals).isPresent()) {
            throw new ConflictProblem("Patient " + id + " is in your care team: the record is open to you without breaking the glass.");
        }
        BreakGlassView opened = BreakGlassView.of(breakGlass.open(id, caller.name().orElseThrow(), request.reason()));
        return Response.status(Response.Status.CREATED).entity(opened).build();
    }

    @GET
    @Allowed(value = {Role.CLINICIAN, Role.NURSE, Role.AUDITOR}, action = "patient.break-glass.list", entityType = "Patient")
    public List<BreakGlassView> list(@PathParam("id") long id) {
        String action = "patient.break-glass.list";
        Patient patient = patients.require(id);
        Access why = access.requirePatient(action, id, patient.careTeam(), Role.CLINICIAN, Role.NURSE, Role.AUDITOR);
        List<BreakGlassView> openings = breakGlass.openingsOf(id).stream().map(BreakGlassView::of).toList();
        audit.record(why.action(action), "Patient", String.valueOf(id), AuditOutcome.SUCCESS, openings.size() + " openings");
        return openings;
    }
}
