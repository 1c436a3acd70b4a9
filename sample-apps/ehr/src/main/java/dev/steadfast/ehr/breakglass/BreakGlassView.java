package dev.steadfast.ehr.breakglass;

import java.time.Instant;

import dev.steadfast.ehr.access.BreakGlassOpening;

/** A break-glass opening as the care team and the auditors see it. */
public record BreakGlassView(long id, long patientId, String username, String reason, Instant openedAt, Instant expiresAt) {

    static BreakGlassView of(BreakGlassOpening o) {
        return new BreakGlassView(o.id(), o.patientId(), o.username(), o.reason(), o.openedAt(), o.expiresAt());
    }
}
