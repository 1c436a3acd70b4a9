package dev.steadfast.ehr.access;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A clinician's break-glass opening of one patient's record: the stated reason, and until when it is open. */
@Entity
@Table(name = "ehr_break_glass")
public class BreakGlassOpening {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "patient_id")
    private long patientId;

    private String username;

    private String reason;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    protected BreakGlassOpening() {
    }

    BreakGlassOpening(long patientId, String username, String reason, Instant openedAt, Instant expiresAt) {
        this.patientId = patientId;
        this.username = username;
        this.reason = reason;
        this.openedAt = openedAt;
        this.expiresAt = expiresAt;
    }

    public long id() {
        return id;
    }

    public long patientId() {
        return patientId;
    }

    public String username() {
        return username;
    }

    public String reason() {
        return reason;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
