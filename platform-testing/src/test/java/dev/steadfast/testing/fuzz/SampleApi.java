package dev.steadfast.testing.fuzz;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

/** Resource classes of the kinds the harness meets, for its tests. */
final class SampleApi {

    private SampleApi() {
    }

    @ApplicationPath("/api/")
    static class Rest extends Application {
    }

    enum Colour { RED, GREEN }

    record Line(Long productId, int quantity, Colour colour, List<String> tags) {
    }

    record Order(String note, List<Line> lines, boolean gift) {
    }

    @Path("orders")
    @Consumes("application/json")
    public static class Orders {

        @GET
        @Path("{id: [0-9]+}")
        public Order one(@PathParam("id") long id, @Context UriInfo uri) {
            return null;
        }

        @PUT
        @Path("{id}")
        public Order change(@PathParam("id") long id, @HeaderParam("If-Match") String version, Order order) {
            return order;
        }

        @GET
        public List<Order> search(@QueryParam("colour") Colour colour, @QueryParam("max") Integer max) {
            return List.of();
        }

        @POST
        @Path("{id}/cancel")
        public Order cancel(@PathParam("id") long id) {
            return null;
        }

        @DELETE
        @Path("{id}")
        public void delete(@PathParam("id") long id) {
        }

        public void notAResourceMethod() {
        }
    }

    @Path("odd")
    public static class Odd {

        @POST
        @Path("form")
        public void form(@FormParam("name") String name) {
        }

        @POST
        @Path("anything")
        public void anything(Object whatever) {
        }

        @Path("sub")
        public Orders locator() {
            return new Orders();
        }

        @PUT
        @Consumes("text/plain")
        public void text(String text) {
        }
    }

    /** A body with Bean Validation constraints, whose plain values must meet them. */
    record Draft(@NotBlank @Pattern(regexp = "[A-Z0-9-]{3,40}") String sku, @NotBlank @Size(max = 120) String name,
                 @NotNull @PositiveOrZero @Max(1000) Long priceCents, @Min(5) int stock) {
    }

    @Path("products")
    public static class Products {

        @POST
        public void add(@HeaderParam("Idempotency-Key") @NotNull @Size(min = 8, max = 64) String key, @NotNull Draft draft) {
        }

        @POST
        @Path("settle")
        public void settle() {
        }
    }

    /** Only its interface has the @Path, as RESTEasy deploys too. */
    @Path("widgets")
    public interface WidgetApi {
        @GET
        @Path("{name}")
        String widget(@PathParam("name") String name);
    }

    public static class Widgets implements WidgetApi {
        @Override
        public String widget(String name) {
            return name;
        }
    }

    /** Its JAX-RS annotations are on the interface it implements, as JAX-RS allows. */
    @Path("things")
    public interface ThingApi {
        @GET
        @Path("{name}")
        String thing(@PathParam("name") String name);
    }

    @Path("things")
    public static class Things implements ThingApi {
        @Override
        public String thing(String name) {
            return name;
        }
    }
}
