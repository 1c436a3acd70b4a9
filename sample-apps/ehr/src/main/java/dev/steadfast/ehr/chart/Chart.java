package dev.steadfast.ehr.chart;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import dev.steadfast.ehr.access.Access;
import dev.steadfast.runtime.audit.AuditOutcome;
import dev.steadfast.runtime.audit.AuditTrail;

/** Patients' charts: read whole and added to, each read and each entry recorded in the trail in the same transaction. */
@ApplicationScoped
public class Chart {

    @PersistenceContext(unitName = "ehr")
    EntityManager em;

    @Inject
    AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    @Transactional
    public List<ChartEntryView> read(long patientId, Access access) {
        List<ChartEntryView> entries = em.createQuery("SELECT e FROM ChartEntry e WHERE e.patientId = :patient ORDER BY e.recordedAt DESC, e.id DESC",
                ChartEntry.class).setParameter("patient", patientId).getResultStream().map(ChartEntry::view).toList();
        audit.record(access.action("chart.read"), "Patient", String.valueOf(patientId), AuditOutcome.SUCCESS, entries.size() + " entries");
        return entries;
    }

    @Transactional
    public ChartEntryView add(long patientId, ChartEntryDraft draft, String recordedBy, Access access) {
        ChartEntry entry = new ChartEntry(patientId, draft, clock.instant(), recordedBy);
        em.persist(entry);
        em.flush();
        ChartEntryView added = entry.view();
        // The kind and the entry's id, never its code or text: auditors see the trail and no clinical data.
        audit.record(access.action("chart.add"), "Patient", String.valueOf(patientId), AuditOutcome.SUCCESS,
                draft.kind() + " entry " + added.id());
        return added;
    }
}
