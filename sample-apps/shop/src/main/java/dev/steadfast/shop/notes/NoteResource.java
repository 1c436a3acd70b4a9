package dev.steadfast.shop.notes;

import java.net.URI;
import java.util.List;

import dev.steadfast.shop.history.ViewHistory;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.steadfast.runtime.problem.BadRequestProblem;

/**
 * /api/notes. A note's version travels as its ETag; a revision must send it back in If-Match, so that two
 * people editing the same note on two nodes cannot silently overwrite each other.
 */
@Path("notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NoteResource {

    @Inject
    NoteService service;

    @Inject
    ViewHistory history;

    @GET
    public List<Note> newest() {
        return service.newest();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        Note note = service.get(id);
        history.viewed(id);
        return Response.ok(note).tag(etag(note)).build();
    }

    @POST
    public Response create(NoteDraft draft) {
        Note note = service.create(draft);
        return Response.created(URI.create("notes/" + note.getId())).entity(note).tag(etag(note)).build();
    }

    @PUT
    @Path("{id}")
    public Response revise(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, NoteDraft draft) {
        Note note = service.revise(id, expectedVersion(ifMatch), draft);
        return Response.ok(note).tag(etag(note)).build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        service.delete(id);
        return Response.noContent().build();
    }

    private static EntityTag etag(Note note) {
        return new EntityTag(String.valueOf(note.getVersion()));
    }

    private static long expectedVersion(String ifMatch) {
        if (ifMatch == null || !ifMatch.matches("\"?[0-9]{1,18}\"?")) {
            throw new BadRequestProblem("A revision needs the note's ETag in an If-Match header.");
        }
        return Long.parseLong(ifMatch.replace("\"", ""));
    }
}
