/**
 * The clinical record: encounters, observations (vitals, lab results), allergies and medications as chart entries
 * ({@link dev.steadfast.ehr.chart.ChartEntry}), for the patient's care team, each read and entry recorded in the trail.
 */
package dev.steadfast.ehr.chart;
