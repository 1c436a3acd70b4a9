package dev.steadfast.ehr.chart;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An entry to add: its kind (lower case), a code, what it says, and for observations and medications a value and unit. */
public record ChartEntryDraft(
        @NotNull @Pattern(regexp = "encounter|observation|allergy|medication") String kind,
        @NotBlank @Size(max = 40) String code,
        @NotBlank @Size(max = 500) String description,
        @Size(max = 100) String value,
        @Size(max = 20) String unit) {

    ChartEntryKind entryKind() {
        return ChartEntryKind.valueOf(kind.toUpperCase());
    }
}
