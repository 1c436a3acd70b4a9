package dev.steadfast.erp.purchasing;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import dev.steadfast.runtime.text.Printable;

/** A purchase order as a buyer raises it: a supplier and 1 to 50 lines. */
public record OrderDraft(
        @NotBlank @Size(max = 100) @Printable String supplier,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid Line> lines) {

    /** How many of an item (at most a million), at what unit price in cents (at most a billion). */
    public record Line(
            @NotNull Long itemId,
            @NotNull @Positive @Max(1_000_000) Long quantity,
            @NotNull @PositiveOrZero @Max(1_000_000_000) Long unitPriceCents) {
    }
}
