package dev.steadfast.ehr.accounts;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.steadfast.ehr.access.CareAccess;
import dev.steadfast.ehr.staff.NewStaffMember;
import dev.steadfast.ehr.staff.Role;
import dev.steadfast.ehr.staff.StaffDirectory;
import dev.steadfast.ehr.staff.StaffView;

/** /api/staff: admins open accounts, list them, and disable or enable one ({@code {"active": false}}). */
@Path("staff")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffResource {

    @Inject
    StaffDirectory directory;

    @Inject
    CareAccess access;

    @POST
    public Response open(@NotNull @Valid NewStaffMember member) {
        access.requireRole("staff.open", "StaffMember", member.username(), Role.ADMIN);
        return Response.status(Response.Status.CREATED).entity(directory.open(member)).build();
    }

    @GET
    public List<StaffView> all() {
        access.requireRole("staff.list", "StaffMember", null, Role.ADMIN);
        return directory.all();
    }

    @PUT
    @Path("{username}/active")
    public StaffView setActive(@PathParam("username") String username, @NotNull @Valid Activation activation) {
        access.requireRole("staff.activation", "StaffMember", username, Role.ADMIN);
        return directory.setActive(username, activation.active());
    }

    /** Whether an account may sign in. */
    public record Activation(@NotNull Boolean active) {
    }
}
