package dev.steadfast.ehr.patient;

import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.steadfast.ehr.access.Access;
import dev.steadfast.ehr.access.Allowed;
import dev.steadfast.ehr.access.CareAccess;
import dev.steadfast.ehr.access.Caller;
import dev.steadfast.ehr.staff.Role;

/**
 * /api/patients: receptionists register, find and correct patients; clinicians and nurses find and read their care
 * team's (a clinician another's after breaking the glass).
 */
@Path("patients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PatientResource {

    @Inject
    PatientRegistry registry;

    @Inject
    CareAccess access;

    @Inject
    Caller caller;

    @POST
    @Allowed(value = Role.RECEPTIONIST, action = "patient.register", entityType = "Patient")
    public Response register(@NotNull @Valid PatientDraft draft) {
        PatientView registered = registry.register(draft);
        return Response.status(Response.Status.CREATED).entity(registered).build();
    }

    /** By the start of the family name; a clinician or nurse finds only the care team's patients. */
    @GET
    @Allowed(value = {Role.RECEPTIONIST, Role.CLINICIAN, Role.NURSE}, action = "patient.search", entityType = "Patient")
    public List<PatientView> search(@QueryParam("name") @NotNull @Size(min = 1, max = 100) String name) {
        Optional<String> team = caller.has(Role.RECEPTIONIST) ? Optional.empty() : Optional.of(caller.careTeam().orElse(""));
        return registry.search(name, team);
    }

    @GET
    @Path("{id}")
    @Allowed(value = {Role.RECEPTIONIST, Role.CLINICIAN, Role.NURSE}, action = "patient.read", entityType = "Patient")
    public PatientView read(@PathParam("id") long id) {
        Patient patient = registry.require(id);
        Access why = access.requirePatient("patient.read", id, patient.careTeam(), Role.RECEPTIONIST, Role.CLINICIAN, Role.NURSE);
        return registry.read(patient, why);
    }

    @PUT
    @Path("{id}")
    @Allowed(value = Role.RECEPTIONIST, action = "patient.correct", entityType = "Patient")
    public PatientView correct(@PathParam("id") long id, @NotNull @Valid PatientDraft draft) {
        return registry.correct(registry.require(id), draft);
    }
}
