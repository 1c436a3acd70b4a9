package dev.steadfast.ehr.patient;

import java.time.LocalDate;

/** Demographics as the API answers them. */
public record PatientView(long id, String mrn, String familyName, String givenName, LocalDate birthDate, String phone, String careTeam) {

    static PatientView of(Patient p) {
        return new PatientView(p.id(), p.mrn(), p.familyName(), p.givenName(), p.birthDate(), p.phone(), p.careTeam());
    }
}
