package dev.steadfast.runtime.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Every exception no closer mapper takes. One mapper for the whole hierarchy, dispatching after unwrapping
 * ({@link ProblemMapper}), rather than one per type: JAX-RS chooses a mapper by the thrown class, before any
 * unwrapping, so per-type mappers would answer an EJBException-wrapped OptimisticLockException differently
 * from a bare one. Closer mappers exist only where RESTEasy would otherwise not reach this one or would answer
 * itself: {@link ConstraintViolationProblemMapper}, {@link ResteasyFailureProblemMapper} and
 * {@link ReaderExceptionProblemMapper}.
 */
@Provider
public class ThrowableProblemMapper implements ExceptionMapper<Throwable> {

    @Context
    UriInfo request;

    @Override
    public Response toResponse(Throwable failure) {
        return ProblemResponses.of(failure, request);
    }
}
