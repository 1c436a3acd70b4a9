package dev.steadfast.erp.items;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.steadfast.runtime.text.Printable;

/** An item as a planner writes it: a stock-keeping unit (letters, digits, dashes), a name and a unit of measure. */
public record ItemDraft(
        @NotNull @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{0,39}") String sku,
        @NotBlank @Size(max = 100) @Printable String name,
        @NotNull @Pattern(regexp = "[a-z]{1,10}") String unit) {
}
