package dev.steadfast.shop.cart;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import dev.steadfast.runtime.problem.NotFoundProblem;
import dev.steadfast.shop.catalog.Product;
import dev.steadfast.shop.catalog.ShopWindow;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** /api/cart: this session's cart. Every answer is the whole cart, so a client never has to guess. */
@Path("cart")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CartResource {

    @Inject
    Cart cart;

    @Inject
    ShopWindow window;

    @GET
    public Response show() {
        return view(cart.quantities());
    }

    @POST
    @Path("items")
    public Response add(@NotNull @Valid CartItem item) {
        window.get(item.productId());
        cart.add(item.productId(), item.units());
        return show();
    }

    @PUT
    @Path("items/{productId}")
    public Response change(@PathParam("productId") long productId, @NotNull @Valid QuantityChange change) {
        requireInCart(productId);
        cart.set(productId, change.units());
        return show();
    }

    @DELETE
    @Path("items/{productId}")
    public Response remove(@PathParam("productId") long productId) {
        requireInCart(productId);
        cart.remove(productId);
        return show();
    }

    /**
     * The lines of a cart with the catalog's current names and prices; while the database cannot be reached, the last
     * ones this node read, and the answer says since when ({@link ShopWindow}).
     */
    private Response view(Map<Long, Integer> quantities) {
        List<CartView.Line> lines = new ArrayList<>();
        Optional<Instant> staleSince = Optional.empty();
        for (Map.Entry<Long, Integer> line : quantities.entrySet()) {
            ShopWindow.Shown<Product> shown = window.get(line.getKey());
            Product p = shown.value();
            lines.add(new CartView.Line(line.getKey(), p.getSku(), p.getName(), p.getPriceCents(), line.getValue(),
                    p.getPriceCents() * line.getValue()));
            staleSince = Stream.of(staleSince, shown.staleSince()).flatMap(Optional::stream).min(Instant::compareTo);
        }
        return new ShopWindow.Shown<>(CartView.of(lines), staleSince).answer();
    }

    private void requireInCart(long productId) {
        if (!cart.contains(productId)) {
            throw new NotFoundProblem("Product " + productId + " is not in the cart.");
        }
    }
}
