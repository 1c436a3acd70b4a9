package dev.steadfast.runtime.problem;

/**
 * The request is well-formed but cannot be done as asked (422 Unprocessable Content): its syntax is right, what it
 * means contradicts what it claims to be, e.g. a retry that carries another body than the request it retries.
 */
public class UnprocessableProblem extends ProblemException {

    public UnprocessableProblem(String message) {
        super(422, message);
    }

    public UnprocessableProblem(String message, Throwable cause) {
        super(422, message, cause);
    }
}
