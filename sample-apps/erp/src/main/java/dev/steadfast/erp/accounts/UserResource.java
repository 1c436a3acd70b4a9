package dev.steadfast.erp.accounts;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
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

/**
 * /api/users: a company's admins open its accounts, list them, and disable or enable one ({@code {"active": false}});
 * the operator opens any company's (its first admin, to begin with).
 */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {

    @Inject
    UserDirectory directory;

    @POST
    @RolesAllowed(Role.ADMIN_ROLE)
    public Response open(@NotNull @Valid NewUser user) {
        return Response.status(Response.Status.CREATED).entity(directory.open(user)).build();
    }

    @GET
    @RolesAllowed(Role.ADMIN_ROLE)
    public List<UserView> all() {
        return directory.all();
    }

    @PUT
    @Path("{username}/active")
    @RolesAllowed(Role.ADMIN_ROLE)
    public UserView setActive(@PathParam("username") String username, @NotNull @Valid Activation activation) {
        return directory.setActive(username, activation.active());
    }

    /** Whether an account may sign in. */
    public record Activation(@NotNull Boolean active) {
    }
}
