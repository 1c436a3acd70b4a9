package dev.steadfast.erp.stock;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.steadfast.erp.accounts.Role;
import dev.steadfast.erp.stock.StockLedger.LevelView;
import dev.steadfast.erp.stock.StockLedger.MovementView;
import dev.steadfast.runtime.problem.UnprocessableProblem;

/**
 * /api/stock: levels on hand (optionally of one item), an item's movements, and movements booked by storekeepers
 * (receipts of purchase orders are booked by purchasing, a work order's components and output by production).
 */
@Path("stock")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StockResource {

    @Inject
    StockLedger ledger;

    @GET
    @RolesAllowed({Role.PLANNER_ROLE, Role.BUYER_ROLE, Role.STOREKEEPER_ROLE})
    public List<LevelView> levels(@QueryParam("item") Long item) {
        return ledger.levels(item);
    }

    @GET
    @Path("items/{id}/movements")
    @RolesAllowed({Role.PLANNER_ROLE, Role.STOREKEEPER_ROLE})
    public List<MovementView> movements(@PathParam("id") long item) {
        return ledger.movements(item);
    }

    @POST
    @Path("movements")
    @RolesAllowed(Role.STOREKEEPER_ROLE)
    public Response move(@NotNull @Valid MovementDraft draft) {
        if (!draft.reason().bookedByHand()) {
            throw new UnprocessableProblem("A movement of reason " + draft.reason() + " is booked by its purchase or work order.");
        }
        MovementView moved = ledger.move(draft.itemId(), draft.warehouseId(), draft.quantity(), draft.reason(), draft.reference());
        return Response.status(Response.Status.CREATED).entity(moved).build();
    }

    /** A movement a storekeeper books: how many units (at most a billion) of which item, where, and why (by hand). */
    public record MovementDraft(
            @NotNull Long itemId,
            @NotNull Long warehouseId,
            @NotNull @Positive @Max(1_000_000_000) Long quantity,
            @NotNull MovementReason reason,
            @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9 ./#-]*") String reference) {
    }
}
