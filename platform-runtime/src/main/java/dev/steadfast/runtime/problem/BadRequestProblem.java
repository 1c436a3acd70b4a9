package dev.steadfast.runtime.problem;

import java.util.List;

/** The request is wrong in a way the client can fix (400 Bad Request). */
public class BadRequestProblem extends ProblemException {

    public BadRequestProblem(String message) {
        super(400, message);
    }

    /** A 400 that names the fields at fault (the problem's {@code violations}). */
    public BadRequestProblem(String message, List<Violation> violations) {
        super(400, message, violations);
    }

    public BadRequestProblem(String message, Throwable cause) {
        super(400, message, cause);
    }
}
