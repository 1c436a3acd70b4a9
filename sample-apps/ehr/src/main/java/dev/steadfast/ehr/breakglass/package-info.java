/**
 * The break-glass API: a clinician outside a patient's care team opens the record by stating a reason
 * ({@link dev.steadfast.ehr.access.BreakGlass} keeps it); the care team and the auditors list who did, when and why.
 */
package dev.steadfast.ehr.breakglass;
