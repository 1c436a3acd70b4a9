/**
 * Who may do what to which patient: {@link dev.steadfast.ehr.access.AccessGate} (signed in, account still active, a
 * role the method {@link dev.steadfast.ehr.access.Allowed allows}, before any input is read),
 * {@link dev.steadfast.ehr.access.Caller} (name, roles, care team), {@link dev.steadfast.ehr.access.CareAccess} (the
 * patient's care team, every refusal audited) and {@link dev.steadfast.ehr.access.BreakGlass} (a clinician outside the
 * care team, with a stated reason, flagged).
 */
package dev.steadfast.ehr.access;
