package dev.steadfast.erp.accounts;

import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * /api/me: who is signed in on this session (name, company, roles), 401 when nobody is.
 * {@code POST /api/me/sign-out} ends the session.
 */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class SignedInResource {

    @Inject
    Caller caller;

    @GET
    @PermitAll
    public SignedIn me() {
        List<String> roles = Arrays.stream(Role.values()).map(Role::role).filter(caller::has).toList();
        return new SignedIn(caller.name().orElseThrow(), caller.tenant().orElseThrow(), roles);
    }

    /** Signs this session out: the identity and the session end here and on every node (the session is replicated). */
    @POST
    @Path("sign-out")
    @PermitAll
    public void signOut() {
        caller.signOut();
    }

    /** The signed-in user and the company they work for. */
    public record SignedIn(String username, String company, List<String> roles) {
    }
}
