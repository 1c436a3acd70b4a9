/**
 * Patients: demographics and care team ({@link dev.steadfast.ehr.patient.Patient}), registered and corrected by
 * receptionists, found and read by them and by the care team, every read recorded
 * ({@link dev.steadfast.ehr.patient.PatientRegistry}).
 */
package dev.steadfast.ehr.patient;
