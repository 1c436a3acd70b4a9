package dev.steadfast.shop.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A new product, as an admin sends it. */
public record ProductDraft(
        @NotBlank @Pattern(regexp = "[A-Z0-9-]{3,40}", message = "must be 3 to 40 capital letters, digits or hyphens") String sku,
        @NotBlank @Size(max = 120) String name,
        @NotNull @PositiveOrZero @Max(Catalog.MAX_PRICE_CENTS) Long priceCents,
        @NotNull @PositiveOrZero @Max(Catalog.MAX_STOCK) Integer stock) {
}
