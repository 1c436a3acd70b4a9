package dev.steadfast.ehr.chart;

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
import dev.steadfast.ehr.access.CareAccess;
import dev.steadfast.ehr.access.Caller;
import dev.steadfast.ehr.patient.Patient;
import dev.steadfast.ehr.patient.PatientRegistry;
import dev.steadfast.ehr.staff.Role;
import dev.steadfast.runtime.audit.AuditOutcome;
import dev.steadfast.runtime.audit.AuditTrail;
import dev.steadfast.runtime.problem.ForbiddenProblem;

/** /api/patients/{id}/chart: the clinical record, for the patient's care team (and a clinician who broke the glass). */
@Path("patients/{id}/chart")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChartResource {

    @Inject
    Chart chart;

    @Inject
    PatientRegistry patients;

    @Inject
    CareAccess access;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @GET
    @Allowed(value = {Role.CLINICIAN, Role.NURSE}, action = "chart.read", entityType = "Patient")
    public List<ChartEntryView> read(@PathParam("id") long id) {
        return chart.read(id, allowed("chart.read", id));
    }

    /** Clinicians add any kind of entry; nurses observations only. */
    @POST
    @Allowed(value = {Role.CLINICIAN, Role.NURSE}, action = "chart.add", entityType = "Patient")
    public Response add(@PathParam("id") long id, @NotNull @Valid ChartEntryDraft draft) {
        Access why = allowed("chart.add", id);
        if (!caller.has(Role.CLINICIAN) && draft.kind() != ChartEntryKind.OBSERVATION) {
            audit.record("chart.add", "Patient", String.valueOf(id), AuditOutcome.DENIED, "a nurse records observations only, not " + draft.kind());
            throw new ForbiddenProblem("Nurses record observations; a clinician records " + draft.kind() + " entries.");
        }
        return Response.status(Response.Status.CREATED).entity(chart.add(id, draft, caller.name().orElseThrow(), why)).build();
    }

    private Access allowed(String action, long id) {
        Patient patient = patients.require(id);
        return access.requirePatient(action, id, patient.careTeam(), Role.CLINICIAN, Role.NURSE);
    }
}
