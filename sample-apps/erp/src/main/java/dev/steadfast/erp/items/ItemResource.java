package dev.steadfast.erp.items;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.steadfast.erp.accounts.Role;

/** /api/items: planners keep the item master; everyone who works with items reads it. */
@Path("items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ItemResource {

    @Inject
    ItemCatalog catalog;

    @POST
    @RolesAllowed(Role.PLANNER_ROLE)
    public Response add(@NotNull @Valid ItemDraft draft) {
        return Response.status(Response.Status.CREATED).entity(catalog.add(draft)).build();
    }

    @GET
    @RolesAllowed({Role.PLANNER_ROLE, Role.BUYER_ROLE, Role.APPROVER_ROLE, Role.STOREKEEPER_ROLE})
    public List<ItemView> all() {
        return catalog.all();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.PLANNER_ROLE, Role.BUYER_ROLE, Role.APPROVER_ROLE, Role.STOREKEEPER_ROLE})
    public ItemView one(@PathParam("id") long id) {
        return catalog.one(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.PLANNER_ROLE)
    public ItemView change(@PathParam("id") long id, @NotNull @Valid ItemDraft draft) {
        return catalog.change(id, draft);
    }
}
