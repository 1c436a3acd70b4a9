package dev.steadfast.erp.items;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import dev.steadfast.runtime.text.Printable;

/**
 * An item as a planner writes it: a stock-keeping unit (letters, digits, dashes), a name, a unit of measure and,
 * optionally, a safety stock (none if left out).
 */
public record ItemDraft(
        @NotNull @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{0,39}") String sku,
        @NotBlank @Size(max = 100) @Printable String name,
        @NotNull @Pattern(regexp = "[a-z]{1,10}") String unit,
        @PositiveOrZero @Max(1_000_000_000) Long safetyStock) {
}
