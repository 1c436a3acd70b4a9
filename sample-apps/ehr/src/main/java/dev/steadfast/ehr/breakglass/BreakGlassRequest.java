package dev.steadfast.ehr.breakglass;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Why a clinician outside the care team must open the record: 10 to 500 characters, no control characters. */
public record BreakGlassRequest(@NotNull @Size(min = 10, max = 500) @Pattern(regexp = "[^\\p{Cntrl}]*") String reason) {
}
