package dev.steadfast.ehr.patient;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A patient's demographics and care team: all a receptionist sees. The clinical record is the chart's. */
@Entity
@Table(name = "ehr_patient")
public class Patient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String mrn;

    @Column(name = "family_name")
    private String familyName;

    @Column(name = "given_name")
    private String givenName;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    private String phone;

    @Column(name = "care_team")
    private String careTeam;

    @Version
    private long version;

    protected Patient() {
    }

    Patient(String mrn, PatientDraft draft) {
        this.mrn = mrn;
        update(draft);
    }

    void update(PatientDraft draft) {
        this.familyName = draft.familyName();
        this.givenName = draft.givenName();
        this.birthDate = draft.birthDate();
        this.phone = draft.phone();
        this.careTeam = draft.careTeam();
    }

    public long id() {
        return id;
    }

    public String mrn() {
        return mrn;
    }

    public String familyName() {
        return familyName;
    }

    public String givenName() {
        return givenName;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public String phone() {
        return phone;
    }

    public String careTeam() {
        return careTeam;
    }
}
