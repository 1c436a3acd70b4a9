package dev.steadfast.ehr.access;

/** Why a caller may act on a patient, which the audit record says in its action. */
public enum Access {
    /** The caller's role needs no care team (a receptionist's demographics, an auditor's review). */
    ROLE(""),
    /** The patient is in the caller's care team. */
    CARE_TEAM(""),
    /** A clinician outside the care team broke the glass, stating a reason: every such access is flagged. */
    BREAK_GLASS("-break-glass");

    private final String actionSuffix;

    Access(String actionSuffix) {
        this.actionSuffix = actionSuffix;
    }

    /** The action as the trail records it: {@code chart.read}, or {@code chart.read-break-glass}. */
    public String action(String action) {
        return action + actionSuffix;
    }
}
