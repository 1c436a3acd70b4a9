package dev.steadfast.runtime.problem;

/** The request conflicts with the resource's current state (409 Conflict). */
public class ConflictProblem extends ProblemException {

    public ConflictProblem(String message) {
        super(409, message);
    }

    public ConflictProblem(String message, Throwable cause) {
        super(409, message, cause);
    }
}
