package dev.steadfast.ehr.staff;

import java.util.Arrays;
import java.util.Optional;

/** What a member of staff does, as the realm's role (lower case, as stored in ehr_staff_role). */
public enum Role {
    /** Reads and adds to the charts of the care team's patients; opens another's with break-glass. */
    CLINICIAN,
    /** Reads the care team's charts and records observations. */
    NURSE,
    /** Registers patients and keeps their demographics; sees no clinical data. */
    RECEPTIONIST,
    /** Reviews the audit trail; sees no clinical data. */
    AUDITOR,
    /** Opens and closes staff accounts; sees no patient data. */
    ADMIN;

    public static final String PATTERN = "clinician|nurse|receptionist|auditor|admin";

    public String role() {
        return name().toLowerCase();
    }

    public static Optional<Role> of(String role) {
        return Arrays.stream(values()).filter(r -> r.role().equals(role)).findFirst();
    }

    /** Whether the role works within a care team (clinicians and nurses). */
    public boolean inCareTeam() {
        return this == CLINICIAN || this == NURSE;
    }
}
