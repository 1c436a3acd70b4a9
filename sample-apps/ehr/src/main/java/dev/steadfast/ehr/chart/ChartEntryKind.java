package dev.steadfast.ehr.chart;

/** What a chart entry is. Nurses record observations; clinicians record every kind. */
public enum ChartEntryKind {
    /** A visit or admission: code is its type, description what happened. */
    ENCOUNTER,
    /** A vital sign or lab result: code (e.g. LOINC), value and unit. */
    OBSERVATION,
    /** An allergy or intolerance: code is the substance. */
    ALLERGY,
    /** A medication ordered: code, dose in value and unit. */
    MEDICATION
}
