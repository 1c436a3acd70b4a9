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

import dev.steadfast.ehr.access.Allowed;
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

    @POST
    @Allowed(value = Role.ADMIN, action = "staff.open", entityType = "StaffMember")
    public Response open(@NotNull @Valid NewStaffMember member) {
        return Response.status(Response.Status.CREATED).entity(directory.open(member)).build();
    }

    @GET
    @Allowed(value = Role.ADMIN, action = "staff.list", entityType = "StaffMember")
    public List<StaffView> all() {
        return directory.all();
    }

    @PUT
    @Path("{username}/active")
    @Allowed(value = Role.ADMIN, action = "staff.activation", entityType = "StaffMember", idParameter = "username")
    public StaffView setActive(@PathParam("username") String username, @NotNull @Valid Activation activation) {
        return directory.setActive(username, activation.active());
    }

    /** Whether an account may sign in. */
    public record Activation(@NotNull Boolean active) {
    }
}
