package dev.steadfast.shop.catalog;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * /api/products: what anyone may read. While the database cannot be reached, the products as this node last read
 * them, with {@value ShopWindow#STALE_HEADER} ({@link ShopWindow}).
 */
@Path("products")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

    @Inject
    ShopWindow window;

    @GET
    public Response all() {
        return window.all().answer();
    }

    @GET
    @Path("{id}")
    public Response one(@PathParam("id") long id) {
        return window.get(id).answer();
    }
}
