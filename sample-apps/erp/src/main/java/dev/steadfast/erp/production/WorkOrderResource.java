package dev.steadfast.erp.production;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.steadfast.erp.accounts.Role;

/** /api/work-orders: planners release orders to make items, storekeepers complete them ({@code POST {id}/completion}). */
@Path("work-orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkOrderResource {

    @Inject
    Production production;

    @POST
    @RolesAllowed(Role.PLANNER_ROLE)
    public Response release(@NotNull @Valid WorkOrderDraft draft) {
        return Response.status(Response.Status.CREATED).entity(production.release(draft)).build();
    }

    /** The newest orders, of one status if given: {@code ?status=RELEASED} is the shop floor's queue. */
    @GET
    @RolesAllowed({Role.PLANNER_ROLE, Role.STOREKEEPER_ROLE})
    public List<WorkOrderView> all(@QueryParam("status") WorkOrderStatus status,
                                   @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return production.all(status, limit);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.PLANNER_ROLE, Role.STOREKEEPER_ROLE})
    public WorkOrderView one(@PathParam("id") long id) {
        return production.one(id);
    }

    @POST
    @Path("{id}/completion")
    @RolesAllowed(Role.STOREKEEPER_ROLE)
    public WorkOrderView complete(@PathParam("id") long id) {
        return production.complete(id);
    }
}
