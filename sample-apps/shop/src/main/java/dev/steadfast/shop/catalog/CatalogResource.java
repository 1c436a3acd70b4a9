package dev.steadfast.shop.catalog;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** /api/products: what anyone may read. */
@Path("products")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

    @Inject
    Catalog catalog;

    @GET
    public List<Product> all() {
        return catalog.all();
    }

    @GET
    @Path("{id}")
    public Product one(@PathParam("id") long id) {
        return catalog.get(id);
    }
}
