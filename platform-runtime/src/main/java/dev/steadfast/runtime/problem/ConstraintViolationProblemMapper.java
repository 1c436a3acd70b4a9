package dev.steadfast.runtime.problem;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Validation failures. Needed beside {@link ThrowableProblemMapper} because RESTEasy registers its own mapper
 * for {@code ValidationException}, which is closer to RESTEasy's violation exception than Throwable is; this
 * one is closer still.
 */
@Provider
public class ConstraintViolationProblemMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    UriInfo request;

    @Override
    public Response toResponse(ConstraintViolationException failure) {
        return ProblemResponses.of(failure, request);
    }
}
