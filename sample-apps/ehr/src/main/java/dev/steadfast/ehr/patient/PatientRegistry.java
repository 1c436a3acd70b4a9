package dev.steadfast.ehr.patient;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import dev.steadfast.ehr.access.Access;
import dev.steadfast.runtime.audit.AuditOutcome;
import dev.steadfast.runtime.audit.AuditTrail;
import dev.steadfast.runtime.problem.NotFoundProblem;

/**
 * The patients: registered, found, read and corrected, each read and write recorded in the trail in its own
 * transaction (a read is recorded exactly when it answers).
 */
@ApplicationScoped
public class PatientRegistry {

    /** A search answers at most this many patients (each of them a record in the trail). */
    static final int SEARCH_LIMIT = 50;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "ehr")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Transactional
    public PatientView register(PatientDraft draft) {
        // A medical record number of 10 random digits: not guessable from another's, unlike a sequence.
        Patient patient = new Patient("E" + String.format("%010d", RANDOM.nextLong(10_000_000_000L)), draft);
        em.persist(patient);
        em.flush();
        audit.record("patient.register", "Patient", String.valueOf(patient.id()), AuditOutcome.SUCCESS, null);
        return PatientView.of(patient);
    }

    /** The patient, unread, for the access check before a read; 404 when there is none. */
    public Patient require(long id) {
        return Optional.ofNullable(em.find(Patient.class, id)).orElseThrow(() -> new NotFoundProblem("There is no patient " + id + "."));
    }

    @Transactional
    public PatientView read(Patient patient, Access access) {
        audit.record(access.action("patient.read"), "Patient", String.valueOf(patient.id()), AuditOutcome.SUCCESS, null);
        return PatientView.of(patient);
    }

    /**
     * Corrects the demographics. A new care team opens the chart to that team's clinicians and nurses, so it is
     * recorded apart, with both teams, as {@code patient.care-team}: one of the actions auditors review as flagged.
     */
    @Transactional
    public PatientView correct(Patient found, PatientDraft draft) {
        Patient patient = em.find(Patient.class, found.id());
        String before = patient.careTeam();
        patient.update(draft);
        String id = String.valueOf(patient.id());
        audit.record("patient.correct", "Patient", id, AuditOutcome.SUCCESS, null);
        if (!before.equals(patient.careTeam())) {
            audit.record("patient.care-team", "Patient", id, AuditOutcome.SUCCESS, "from " + before + " to " + patient.careTeam());
        }
        return PatientView.of(patient);
    }

    /**
     * Patients whose family name starts with the text (any case), of one care team or of all; each patient answered is
     * recorded as {@code patient.list}.
     */
    @Transactional
    public List<PatientView> search(String familyNamePrefix, Optional<String> careTeam) {
        TypedQuery<Patient> query = em.createQuery("SELECT p FROM Patient p WHERE LOWER(p.familyName) LIKE :prefix ESCAPE '!'"
                + (careTeam.isPresent() ? " AND p.careTeam = :team" : "") + " ORDER BY p.familyName, p.givenName, p.id", Patient.class)
                .setParameter("prefix", familyNamePrefix.toLowerCase().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%")
                .setMaxResults(SEARCH_LIMIT);
        careTeam.ifPresent(team -> query.setParameter("team", team));
        List<Patient> found = query.getResultList();
        found.forEach(p -> audit.record("patient.list", "Patient", String.valueOf(p.id()), AuditOutcome.SUCCESS, null));
        return found.stream().map(PatientView::of).toList();
    }
}
