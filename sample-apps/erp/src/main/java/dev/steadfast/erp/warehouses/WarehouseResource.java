package dev.steadfast.erp.warehouses;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.steadfast.erp.accounts.Role;
import dev.steadfast.runtime.text.Printable;

/** /api/warehouses: storekeepers open the company's warehouses; everyone who moves or plans stock reads them. */
@Path("warehouses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WarehouseResource {

    @Inject
    Warehouses warehouses;

    @POST
    @RolesAllowed(Role.STOREKEEPER_ROLE)
    public Response open(@NotNull @Valid WarehouseDraft draft) {
        return Response.status(Response.Status.CREATED).entity(warehouses.open(draft)).build();
    }

    @GET
    @RolesAllowed({Role.PLANNER_ROLE, Role.BUYER_ROLE, Role.STOREKEEPER_ROLE})
    public List<WarehouseView> all() {
        return warehouses.all();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.PLANNER_ROLE, Role.BUYER_ROLE, Role.STOREKEEPER_ROLE})
    public WarehouseView one(@PathParam("id") long id) {
        return WarehouseView.of(warehouses.warehouse(id));
    }

    /** A warehouse as a storekeeper opens it. */
    public record WarehouseDraft(
            @NotNull @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{0,19}") String code,
            @NotBlank @Size(max = 100) @Printable String name) {
    }

    /** A warehouse as the API shows it. */
    public record WarehouseView(long id, String code, String name) {

        static WarehouseView of(Warehouse warehouse) {
            return new WarehouseView(warehouse.id(), warehouse.code(), warehouse.name());
        }
    }
}
