package dev.steadfast.runtime.problem;

import dev.steadfast.runtime.node.NodeIdentity;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;
import java.util.List;

/**
 * Builds the JAX-RS response of a problem, shared by the mappers. The body is written as text, so no JSON
 * provider has to accept {@code application/problem+json}.
 */
final class ProblemResponses {

    private static final int RETRY_AFTER_SECONDS = 1;
    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.RETRY_AFTER);
    private static final ProblemMapper MAPPER = new ProblemMapper(NodeIdentity.current());

    private ProblemResponses() {
    }

    static Response of(Throwable failure, UriInfo request) {
        URI instance = request == null ? null : URI.create(request.getRequestUri().getRawPath());
        Problem problem = MAPPER.map(failure, instance);
        Response.ResponseBuilder response = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.toJson());
        boolean retryAfterGiven = false;
        // Headers the status needs keep their value from the exception's response: a 405 its Allow
        // (RFC 9110, 15.5.6), a 401 its challenge (RFC 9110, 11.6.1), a 503 the application's Retry-After.
        if (ProblemMapper.unwrap(failure) instanceof WebApplicationException web) {
            for (String header : KEPT_HEADERS) {
                String value = web.getResponse().getHeaderString(header);
                if (value != null) {
                    response.header(header, value);
                    retryAfterGiven |= header.equals(HttpHeaders.RETRY_AFTER);
                }
            }
        }
        if (problem.status() == 503 && !retryAfterGiven) {
            // Lock contention clears within a lock time-out; a client may try again after a second (RFC 9110, 10.2.3).
            response.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return response.build();
    }
}
