package dev.steadfast.runtime.problem;

/** The resource does not exist (404 Not Found). */
public class NotFoundProblem extends ProblemException {

    public NotFoundProblem(String message) {
        super(404, message);
    }

    public NotFoundProblem(String message, Throwable cause) {
        super(404, message, cause);
    }
}
