package dev.steadfast.ehr.breakglass;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.steadfast.runtime.text.Printable;

/** Why a clinician outside the care team must open the record: 10 to 500 characters of one line. */
public record BreakGlassRequest(@NotNull @Size(min = 10, max = 500) @Printable String reason) {
}
