package dev.steadfast.runtime.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.spi.ReaderException;

/**
 * A request body RESTEasy could not read. RESTEasy asks only a mapper for exactly this class before answering
 * such a failure itself, as text/html quoting the parser; with this one the answer is a 400 problem.
 */
@Provider
public class ReaderExceptionProblemMapper implements ExceptionMapper<ReaderException> {

    @Context
    UriInfo request;

    @Override
    public Response toResponse(ReaderException failure) {
        return ProblemResponses.of(failure, request);
    }
}
