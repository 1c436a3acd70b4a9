package dev.steadfast.runtime.problem;

import dev.steadfast.runtime.node.NodeIdentity;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;

/**
 * Builds the JAX-RS response of a problem, shared by the mappers. The body is written as text, so no JSON
 * provider has to accept {@code application/problem+json}.
 */
final class ProblemResponses {

    private static final ProblemMapper MAPPER = new ProblemMapper(NodeIdentity.current());

    private ProblemResponses() {
    }

    static Response of(Throwable failure, UriInfo request) {
        URI instance = request == null ? null : URI.create(request.getRequestUri().getRawPath());
        Problem problem = MAPPER.map(failure, instance);
        Response.ResponseBuilder response = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.toJson());
        // A 405 must keep the Allow header the runtime put on the exception's response (RFC 9110, 15.5.6).
        if (ProblemMapper.unwrap(failure) instanceof WebApplicationException web
                && web.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            response.header(HttpHeaders.ALLOW, web.getResponse().getHeaderString(HttpHeaders.ALLOW));
        }
        return response.build();
    }
}
