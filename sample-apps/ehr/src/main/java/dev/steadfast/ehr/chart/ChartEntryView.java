package dev.steadfast.ehr.chart;

import java.time.Instant;

/** A chart entry as the API answers it. */
public record ChartEntryView(long id, String kind, String code, String description, String value, String unit, Instant recordedAt,
        String recordedBy) {
}
