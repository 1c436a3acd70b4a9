package dev.steadfast.shop.order;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.steadfast.runtime.problem.BadRequestProblem;
import dev.steadfast.runtime.problem.NotFoundProblem;
import dev.steadfast.shop.cart.Cart;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * /api/orders: checkout, and this session's orders. POST /api/orders turns the cart into an order; it needs an
 * Idempotency-Key header, and the same key always answers with the same order (201 the first time, 200 with
 * Idempotent-Replayed: true afterwards, the cart emptied as the first time), so a client may retry a checkout
 * whose answer it never saw. The same key with another cart is refused (422): it is not a retry. Cancelling a paid
 * order refunds it.
 */
@Path("orders")
@Produces(MediaType.APPLICATION_JSON)
public class OrderResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    @Inject
    Cart cart;

    @Inject
    SessionOrders mine;

    @Inject
    Orders orders;

    @Inject
    Checkout checkout;

    @Inject
    Cashier cashier;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest request;

    @POST
    public Response checkout(@HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey) {
        if (idempotencyKey == null || !KEY.matcher(idempotencyKey).matches()) {
            throw new BadRequestProblem("A checkout needs an " + IDEMPOTENCY_KEY
                    + " header of 8 to 64 letters, digits, '-' or '_', the same for every retry of it.");
        }
        String session = sessionDigest();
        Map<Long, Integer> quantities = cart.quantities();
        Optional<CustomerOrder> earlier = orders.byIdempotencyKey(idempotencyKey);
        if (earlier.isPresent()) {
            CustomerOrder replayed = Orders.replay(earlier.get(), session, quantities);
            cart.clear();
            mine.placed(replayed.getId());
            return Response.ok(replayed).header("Idempotent-Replayed", "true").build();
        }
        if (quantities.isEmpty()) {
            throw new BadRequestProblem("The cart is empty: there is nothing to check out.");
        }
        Placed placed = checkout.place(idempotencyKey, session, quantities);
        cart.clear();
        mine.placed(placed.order().getId());
        if (!placed.created()) {
            // A simultaneous checkout with the same key made the order first: it pays; this one is its replay.
            return Response.ok(placed.order()).header("Idempotent-Replayed", "true").build();
        }
        long id = placed.order().getId();
        return Response.created(URI.create("orders/" + id)).entity(cashier.pay(id)).build();
    }

    @GET
    public List<CustomerOrder> mine() {
        return mine.ids().stream().map(orders::get).toList();
    }

    @GET
    @Path("{id}")
    public CustomerOrder one(@PathParam("id") long id) {
        return orders.get(visible(id));
    }

    @POST
    @Path("{id}/cancel")
    public CustomerOrder cancel(@PathParam("id") long id) {
        return cashier.cancel(visible(id));
    }

    /**
     * The session, as a digest: a session id is a credential and is never stored. It stays the same when the
     * session fails over to another node (the route is not part of it), so a retry from there still replays.
     */
    private String sessionDigest() {
        return Sha256.hex(request.getSession(true).getId());
    }

    /** Another visitor's order does not exist, as far as this session can tell; an admin sees them all. */
    private long visible(long id) {
        if (!mine.placedHere(id) && !security.isUserInRole("admin")) {
            throw new NotFoundProblem("There is no order " + id + ".");
        }
        return id;
    }
}
