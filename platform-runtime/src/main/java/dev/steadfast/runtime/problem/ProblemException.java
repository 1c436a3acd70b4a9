package dev.steadfast.runtime.problem;

import java.util.List;

/**
 * An error the application means the client to see: its status, and its message as the problem's detail.
 * The message is sent as it is, so it must not hold anything the client should not read.
 */
public abstract class ProblemException extends RuntimeException {

    private final int status;
    private final List<Violation> violations;

    protected ProblemException(int status, String message) {
        this(status, message, List.of());
    }

    protected ProblemException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.violations = List.of();
    }

    /** With the fields at fault, which the problem lists as its {@code violations}. */
    protected ProblemException(int status, String message, List<Violation> violations) {
        super(message);
        this.status = status;
        this.violations = List.copyOf(violations);
    }

    /** @return the HTTP status to answer with */
    public int status() {
        return status;
    }

    /** @return the fields at fault and what is wrong with each; empty when the message says it all */
    public List<Violation> violations() {
        return violations;
    }
}
