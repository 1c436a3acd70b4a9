package dev.steadfast.runtime.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.spi.Failure;

/**
 * RESTEasy's own exceptions, which are not WebApplicationExceptions. RESTEasy also uses one of them to carry
 * a finished, successful response (the automatic answer to OPTIONS): that response is passed through as it
 * is; every other one becomes a problem like any exception.
 */
@Provider
public class ResteasyFailureProblemMapper implements ExceptionMapper<Failure> {

    @Context
    UriInfo request;

    @Override
    public Response toResponse(Failure failure) {
        Response ready = failure.getResponse();
        if (ready != null && ready.getStatus() < 400) {
            return ready;
        }
        return ProblemResponses.of(failure, request);
    }
}
