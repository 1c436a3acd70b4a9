package dev.steadfast.shop.history;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** /api/history: the ids of the notes this session viewed, newest first. */
@Path("history")
@Produces(MediaType.APPLICATION_JSON)
public class HistoryResource {

    @Inject
    ViewHistory history;

    @GET
    public List<Long> viewed() {
        return history.newestFirst();
    }
}
