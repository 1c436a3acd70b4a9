package dev.steadfast.shop.cart;

import dev.steadfast.runtime.signin.SignOut;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/**
 * /api/session: the visitor leaves. {@code DELETE} ends the session on every node, the cart and the list of this
 * session's orders with it, instead of leaving it to the session time-out: a replicated session costs heap on two
 * nodes until it ends. Always 204, also when there was no session to end.
 */
@Path("session")
public class SessionResource {

    @Context
    HttpServletRequest request;

    @DELETE
    public Response leave() {
        SignOut.everywhere(request);
        return Response.noContent().build();
    }
}
