package dev.steadfast.runtime.problem;

import java.io.IOException;

/**
 * A request body went past the size the application accepts ({@code steadfast.request.max-bytes}). An
 * {@link IOException}, because it is thrown while the body is read, wherever a JAX-RS provider or a servlet
 * reads it; {@link ProblemMapper} answers it with 413 however it is wrapped.
 */
public class RequestTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    public RequestTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes");
    }
}
