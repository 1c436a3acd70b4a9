package dev.steadfast.shop.suggestions;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** /api/suggestions?title=...: tags for a title, or none when the suggestion service is away. */
@Path("suggestions")
@Produces(MediaType.APPLICATION_JSON)
public class SuggestionResource {

    @Inject
    SuggestionClient suggestions;

    @GET
    public List<String> forTitle(@QueryParam("title") @NotBlank @Size(max = 120) String title) {
        return suggestions.tagsFor(title);
    }
}
