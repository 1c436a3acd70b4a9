package dev.steadfast.erp.production;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** A work order as a planner releases it: how many units (at most a billion) of which item, made in which warehouse. */
public record WorkOrderDraft(
        @NotNull Long itemId,
        @NotNull Long warehouseId,
        @NotNull @Positive @Max(1_000_000_000) Long quantity) {
}
