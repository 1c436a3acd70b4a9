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

    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    /**
     * A time bound of a review from its query parameter: an ISO-8601 instant in the years a database column holds, or
     * none when absent; anything else is the client's mistake (400, naming the parameter, not echoing it).
     */
    public static Instant instant(String name, String value) {
        Instant instant;
        try {
            instant = value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestProblem(name + " must be an ISO-8601 instant such as 2026-12-01T09:00:00Z, not " + value.length()
                    + " characters of something else.");
        }
        if (instant != null && (instant.isBefore(EARLIEST) || instant.isAfter(LATEST))) {
            throw new BadRequestProblem(name + " must be in the years 1 to 9999, which a database column holds.");
        }
        return instant;
    }
}
