package dev.steadfast.runtime.problem;

/** The request is wrong in a way the client can fix (400 Bad Request). */
public class BadRequestProblem extends ProblemException {

    public BadRequestProblem(String message) {
        super(400, message);
    }

    public BadRequestProblem(String message, Throwable cause) {
        super(400, message, cause);
    }
}
