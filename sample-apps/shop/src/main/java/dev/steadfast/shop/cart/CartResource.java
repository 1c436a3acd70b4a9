package dev.steadfast.shop.cart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.steadfast.runtime.problem.NotFoundProblem;
import dev.steadfast.shop.catalog.Catalog;
import dev.steadfast.shop.catalog.Product;
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

/** /api/cart: this session's cart. Every answer is the whole cart, so a client never has to guess. */
@Path("cart")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CartResource {

    @Inject
    Cart cart;

    @Inject
    Catalog catalog;

    @GET
    public CartView show() {
        return view(cart.quantities());
    }

    @POST
    @Path("items")
    public CartView add(@NotNull @Valid CartItem item) {
        catalog.get(item.productId());
        cart.add(item.productId(), item.units());
        return show();
    }

    @PUT
    @Path("items/{productId}")
    public CartView change(@PathParam("productId") long productId, @NotNull @Valid QuantityChange change) {
        requireInCart(productId);
        cart.set(productId, change.units());
        return show();
    }

    @DELETE
    @Path("items/{productId}")
    public CartView remove(@PathParam("productId") long productId) {
        requireInCart(productId);
        cart.remove(productId);
        return show();
    }

    /** The lines of a cart with the catalog's current names and prices. */
    private CartView view(Map<Long, Integer> quantities) {
        List<CartView.Line> lines = new ArrayList<>();
        quantities.forEach((id, quantity) -> {
            Product p = catalog.get(id);
            lines.add(new CartView.Line(id, p.getSku(), p.getName(), p.getPriceCents(), quantity, p.getPriceCents() * quantity));
        });
        return CartView.of(lines);
    }

    private void requireInCart(long productId) {
        if (!cart.contains(productId)) {
            throw new NotFoundProblem("Product " + productId + " is not in the cart.");
        }
    }
}
