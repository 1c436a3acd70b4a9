package dev.steadfast.erp.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.steadfast.erp.planning.Requirements.Edge;
import dev.steadfast.erp.planning.Requirements.Snapshot;

/** The MRP's arithmetic on small companies worked out by hand. */
class RequirementsTest {

    // A bike (1) is made of 2 wheels (2) and a frame (3); a wheel of 36 spokes (4).
    private static final List<Edge> BIKE = List.of(new Edge(1, 2, 2), new Edge(1, 3, 1), new Edge(2, 4, 36));

    @Test
    void aWorkOrderExplodesThroughEveryLevelNettingStockAndOrdersOnTheWay() {
        // 10 bikes released; 5 wheels and 100 spokes on hand, 20 spokes on order, a safety stock of 50 spokes.
        Requirements plan = new Requirements(new Snapshot(Map.of(4L, 50L), BIKE, Map.of(2L, 5L, 4L, 100L), Map.of(4L, 20L),
                Map.of(1L, 10L)));
        assertEquals(new Need(1, PlanKind.MAKE, 0, 0, 10, 0), plan.of(1), "the bikes are on their way");
        assertEquals(new Need(2, PlanKind.MAKE, 20, 5, 0, 15), plan.of(2), "20 wheels for 10 bikes, 5 on hand");
        assertEquals(new Need(3, PlanKind.BUY, 10, 0, 0, 10), plan.of(3));
        assertEquals(new Need(4, PlanKind.BUY, 540, 100, 20, 470), plan.of(4), "36 spokes for each of the 15 planned wheels, plus safety");
    }

    @Test
    void safetyStockAloneAsksForARefillAndStockAboveItAsksForNothing() {
        Requirements plan = new Requirements(new Snapshot(Map.of(1L, 30L, 3L, 5L), BIKE, Map.of(1L, 12L, 3L, 9L), Map.of(), Map.of()));
        assertEquals(18, plan.of(1).quantity(), "30 wanted, 12 on hand");
        assertEquals(new Need(2, PlanKind.MAKE, 36, 0, 0, 36), plan.of(2), "wheels for the 18 planned bikes");
        assertEquals(new Need(3, PlanKind.BUY, 18, 9, 0, 14), plan.of(3), "18 frames + 5 safety - 9 on hand");
        assertEquals(36 * 36, plan.of(4).quantity());
    }

    @Test
    void aCycleInTheBillsStopsThePlanWithTheItemsName() {
        Requirements plan = new Requirements(new Snapshot(Map.of(), List.of(new Edge(1, 2, 1), new Edge(2, 1, 1)), Map.of(), Map.of(),
                Map.of()));
        IllegalStateException cycle = assertThrows(IllegalStateException.class, () -> plan.of(1));
        assertTrue(cycle.getMessage().contains("component of itself"), cycle.getMessage());
    }

    @Test
    void aRequirementBeyondALongStopsThePlanInsteadOfWrappingAround() {
        Requirements plan = new Requirements(new Snapshot(Map.of(), List.of(new Edge(1, 2, 1_000_000), new Edge(2, 3, 1_000_000),
                new Edge(3, 4, 1_000_000), new Edge(4, 5, 1_000_000)), Map.of(), Map.of(), Map.of(1L, 1_000_000_000L)));
        assertThrows(ArithmeticException.class, () -> plan.of(5));
    }
}
