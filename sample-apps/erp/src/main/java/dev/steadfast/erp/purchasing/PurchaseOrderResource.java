package dev.steadfast.erp.purchasing;

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

/**
 * /api/purchase-orders: buyers raise orders, approvers approve them ({@code POST {id}/approvals}), storekeepers
 * receive their goods ({@code POST {id}/receipt}); segregation of duties is {@link Purchasing}'s.
 */
@Path("purchase-orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PurchaseOrderResource {

    @Inject
    Purchasing purchasing;

    @POST
    @RolesAllowed(Role.BUYER_ROLE)
    public Response raise(@NotNull @Valid OrderDraft draft) {
        return Response.status(Response.Status.CREATED).entity(purchasing.raise(draft)).build();
    }

    /** The newest orders, of one status if given: {@code ?status=RAISED} is an approver's queue. */
    @GET
    @RolesAllowed({Role.BUYER_ROLE, Role.APPROVER_ROLE, Role.STOREKEEPER_ROLE})
    public List<OrderView> all(@QueryParam("status") OrderStatus status,
                               @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return purchasing.all(status, limit);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.BUYER_ROLE, Role.APPROVER_ROLE, Role.STOREKEEPER_ROLE})
    public OrderView one(@PathParam("id") long id) {
        return purchasing.one(id);
    }

    @POST
    @Path("{id}/approvals")
    @RolesAllowed(Role.APPROVER_ROLE)
    public OrderView approve(@PathParam("id") long id) {
        return purchasing.approve(id);
    }

    @POST
    @Path("{id}/receipt")
    @RolesAllowed(Role.STOREKEEPER_ROLE)
    public OrderView receive(@PathParam("id") long id, @NotNull @Valid Receipt receipt) {
        return purchasing.receive(id, receipt.warehouseId());
    }

    /** Where the goods of an order go. */
    public record Receipt(@NotNull Long warehouseId) {
    }
}
