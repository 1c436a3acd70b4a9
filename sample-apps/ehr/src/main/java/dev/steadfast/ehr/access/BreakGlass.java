package dev.steadfast.ehr.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.steadfast.runtime.audit.AuditOutcome;
import dev.steadfast.runtime.audit.AuditTrail;

/**
 * Break-glass: a clinician outside a patient's care team opens the record for {@code ehr.break-glass.minutes} by
 * stating a reason. The opening is kept in the database (not the session: any node must see it, and a session holds
 * no patient data), recorded in the trail as {@code patient.break-glass} with the reason, and every access during it
 * is recorded with a {@code -break-glass} action ({@link Access}), which the auditors' review lists as flagged.
 */
@ApplicationScoped
public class BreakGlass {

    /**
     * The actions an auditor's review lists as flagged: the openings and every access they allowed, and changes of a
     * patient's care team (which open the chart to another team without breaking any glass).
     */
    public static final List<String> FLAGGED_ACTIONS = List.of("patient.break-glass", "patient.read-break-glass",
            "chart.read-break-glass", "chart.add-break-glass", "patient.break-glass.list-break-glass", "patient.care-team");

    @PersistenceContext(unitName = "ehr")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "ehr.break-glass.minutes")
    int minutes;

    private final Clock clock = Clock.systemUTC();

    /** Opens the patient's record to the clinician, recorded with the reason in the same transaction. */
    @Transactional
    public BreakGlassOpening open(long patientId, String username, String reason) {
        Instant now = clock.instant();
        BreakGlassOpening opening = new BreakGlassOpening(patientId, username, reason, now, now.plus(Duration.ofMinutes(minutes)));
        em.persist(opening);
        audit.record("patient.break-glass", "Patient", String.valueOf(patientId), AuditOutcome.SUCCESS, reason);
        return opening;
    }

    public boolean isOpen(long patientId, String username) {
        return !em.createQuery("SELECT b.id FROM BreakGlassOpening b WHERE b.patientId = :patient AND b.username = :user "
                        + "AND b.expiresAt > :now", Long.class)
                .setParameter("patient", patientId).setParameter("user", username).setParameter("now", clock.instant())
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** Every opening of the patient's record, newest first: what the care team and the auditors see. */
    public List<BreakGlassOpening> openingsOf(long patientId) {
        return em.createQuery("SELECT b FROM BreakGlassOpening b WHERE b.patientId = :patient ORDER BY b.openedAt DESC",
                BreakGlassOpening.class).setParameter("patient", patientId).getResultList();
    }
}
