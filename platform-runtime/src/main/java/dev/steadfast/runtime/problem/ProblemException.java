package dev.steadfast.runtime.problem;

/**
 * An error the application means the client to see: its status, and its message as the problem's detail.
 * The message is sent as it is, so it must not hold anything the client should not read.
 */
public abstract class ProblemException extends RuntimeException {

    private final int status;

    protected ProblemException(int status, String message) {
        super(message);
        this.status = status;
    }

    protected ProblemException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** @return the HTTP status to answer with */
    public int status() {
        return status;
    }
}
