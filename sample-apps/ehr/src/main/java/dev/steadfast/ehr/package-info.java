/**
 * Steadfast EHR: a small hospital's health record. Staff sign in with a form against the EHR's own realm
 * ({@code staff}); receptionists register patients ({@code patient}); clinicians and nurses of a patient's care
 * team read and add to the chart ({@code chart}); who may do what to which patient, break-glass included, is
 * {@code access}'s, and every access, refused ones too, is in the audit trail, which auditors review
 * ({@code auditreview}). Sessions end when idle ({@code session}).
 */
package dev.steadfast.ehr;
