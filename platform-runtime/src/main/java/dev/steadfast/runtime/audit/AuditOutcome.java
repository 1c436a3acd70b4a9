package dev.steadfast.runtime.audit;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;

/** How an audited operation ended. */
public enum AuditOutcome {
    /** It happened: recorded in the operation's own transaction. */
    SUCCESS,
    /** The caller was not allowed to: recorded in a transaction of its own. */
    DENIED,
    /** It failed for another reason: recorded in a transaction of its own. */
    FAILED;

    /**
     * The outcome of an operation that threw: DENIED when the exception, or one it wraps, is a security
     * refusal ({@link EJBAccessException}, {@link ForbiddenException}, {@link NotAuthorizedException},
     * {@link SecurityException}), FAILED otherwise.
     */
    public static AuditOutcome of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EJBAccessException || t instanceof ForbiddenException
                    || t instanceof NotAuthorizedException || t instanceof SecurityException) {
                return DENIED;
            }
        }
        return FAILED;
    }
}
