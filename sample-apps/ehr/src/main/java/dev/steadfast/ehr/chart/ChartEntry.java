package dev.steadfast.ehr.chart;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of a patient's clinical record, never changed once written: a correction is a new entry. */
@Entity
@Table(name = "ehr_chart_entry")
public class ChartEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "patient_id")
    private long patientId;

    @Enumerated(EnumType.STRING)
    private ChartEntryKind kind;

    private String code;

    private String description;

    @Column(name = "value_text")
    private String value;

    private String unit;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "recorded_by")
    private String recordedBy;

    protected ChartEntry() {
    }

    ChartEntry(long patientId, ChartEntryDraft draft, Instant recordedAt, String recordedBy) {
        this.patientId = patientId;
        this.kind = draft.kind();
        this.code = draft.code();
        this.description = draft.description();
        this.value = draft.value();
        this.unit = draft.unit();
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    ChartEntryView view() {
        return new ChartEntryView(id, kind.name(), code, description, value, unit, recordedAt, recordedBy);
    }
}
