package dev.steadfast.ehr.chart;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.steadfast.runtime.text.Printable;

/** An entry to add: its kind (ENCOUNTER, OBSERVATION, ALLERGY, MEDICATION), a code, what it says, and for observations and medications a value and unit. */
public record ChartEntryDraft(
        @NotNull ChartEntryKind kind,
        @NotBlank @Size(max = 40) @Printable String code,
        @NotBlank @Size(max = 500) @Printable String description,
        @Size(max = 100) @Printable String value,
        @Size(max = 20) @Printable String unit) {
}
