package dev.steadfast.erp.bom;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * An item's whole bill of material as a planner writes it, replacing the one before: at most 100 components, each
 * once, at most a million units of each per unit made. No lines: the item is bought, not made.
 */
public record BomDraft(@NotNull @Size(max = 100) List<@NotNull @Valid Component> lines) {

    /** How many units of a component go into one unit of the item. */
    public record Component(@NotNull Long componentId, @NotNull @Positive @Max(1_000_000) Long quantityPer) {
    }
}
