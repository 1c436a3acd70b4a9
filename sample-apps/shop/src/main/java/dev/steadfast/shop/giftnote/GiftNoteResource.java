package dev.steadfast.shop.giftnote;

import dev.steadfast.runtime.problem.NotFoundProblem;
import dev.steadfast.shop.order.SessionOrders;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * /api/orders/{id}/gift-note: the note of an order this session placed, {@code {"note": "..."}}. PUT writes it (in
 * place of an earlier one) and answers it; GET answers it, 404 while the order has none. Another session's order
 * does not exist here, as for the order itself.
 */
@Path("orders/{id}/gift-note")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GiftNoteResource {

    @Inject
    SessionOrders mine;

    @Inject
    GiftNotes notes;

    @GET
    public GiftNote read(@PathParam("id") long id) {
        return new GiftNote(notes.of(placedHere(id)).orElseThrow(() -> new NotFoundProblem("Order " + id + " has no gift note.")));
    }

    @PUT
    public GiftNote write(@PathParam("id") long id, @NotNull @Valid GiftNote note) {
        notes.write(placedHere(id), note.note());
        return note;
    }

    private long placedHere(long id) {
        if (!mine.placedHere(id)) {
            throw new NotFoundProblem("There is no order " + id + ".");
        }
        return id;
    }
}
