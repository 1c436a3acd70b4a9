package dev.steadfast.shop.admin;

import java.net.URI;

import dev.steadfast.shop.catalog.Catalog;
import dev.steadfast.shop.catalog.Product;
import dev.steadfast.shop.catalog.ProductDraft;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** /api/admin/products: new products, prices and stock. */
@Path("admin/products")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CatalogAdminResource {

    /** A price change: {"priceCents": 1250}. */
    public record PriceChange(@NotNull @PositiveOrZero @Max(100_000_000L) Long priceCents) {
    }

    /** A stock count: {"stock": 40}. */
    public record StockChange(@NotNull @PositiveOrZero @Max(1_000_000) Integer stock) {
    }

    @Inject
    Catalog catalog;

    @POST
    @AdminOnly(action = "product.create", entityType = "Product")
    public Response add(@NotNull @Valid ProductDraft draft) {
        Product product = catalog.add(draft);
        return Response.created(URI.create("products/" + product.getId())).entity(product).build();
    }

    @PUT
    @Path("{id}/price")
    @AdminOnly(action = "product.price", entityType = "Product")
    public Product reprice(@PathParam("id") long id, @NotNull @Valid PriceChange change) {
        return catalog.reprice(id, change.priceCents());
    }

    @PUT
    @Path("{id}/stock")
    @AdminOnly(action = "product.stock", entityType = "Product")
    public Product restock(@PathParam("id") long id, @NotNull @Valid StockChange change) {
        return catalog.restock(id, change.stock());
    }
}
