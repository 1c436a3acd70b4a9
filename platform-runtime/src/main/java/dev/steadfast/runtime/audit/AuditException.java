package dev.steadfast.runtime.audit;

/**
 * The audit trail could not be read or written. Unchecked, so that a failed write inside a
 * {@code @Transactional} method rolls the business change back: no change without its record.
 */
public class AuditException extends RuntimeException {

    public AuditException(String message, Throwable cause) {
        super(message, cause);
    }
}
