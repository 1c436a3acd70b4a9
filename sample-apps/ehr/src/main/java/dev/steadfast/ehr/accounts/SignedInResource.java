package dev.steadfast.ehr.accounts;

import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.steadfast.ehr.access.CareAccess;
import dev.steadfast.ehr.access.Caller;
import dev.steadfast.ehr.staff.Role;

/**
 * /api/me: who is signed in on this session (name, roles, care team), 401 when nobody is; the page starts here.
 * {@code POST /api/me/sign-out} ends the session.
 */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class SignedInResource {

    @Inject
    Caller caller;

    @GET
    public SignedIn me() {
        String name = caller.name().orElseThrow(() -> new NotAuthorizedException("Sign in first.", CareAccess.CHALLENGE));
        List<String> roles = Arrays.stream(Role.values()).filter(caller::has).map(Role::role).toList();
        return new SignedIn(name, roles, caller.careTeam().orElse(null));
    }

    /** Signs this session out: the identity and the session end here and on every node (the session is replicated). */
    @POST
    @Path("sign-out")
    public void signOut() {
        caller.signOut();
    }

    /** The signed-in member of staff. */
    public record SignedIn(String username, List<String> roles, String careTeam) {
    }
}
