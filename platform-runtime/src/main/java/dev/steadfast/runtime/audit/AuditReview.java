package dev.steadfast.runtime.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import dev.steadfast.runtime.problem.BadRequestProblem;

/**
 * An auditor's answer, as the applications' audit review endpoints give it: the records asked for, newest first, and
 * whether the whole chain verifies.
 */
public record AuditReview(List<AuditRecord> records, AuditVerification verification) {

    /**
     * A time bound of a review from its query parameter: an ISO-8601 instant, or none when absent; anything else is
     * the client's mistake (400, naming the parameter, not echoing it).
     */
    public static Instant instant(String name, String value) {
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestProblem(name + " must be an ISO-8601 instant such as 2026-12-01T09:00:00Z, not " + value.length()
                    + " characters of something else.");
        }
    }
}
