package dev.steadfast.shop.benchmark;

import java.util.List;
import java.util.Optional;

/**
 * What the benchmark found for one way of serving the shop: its saturation search and its run at the fixed rate.
 *
 * @param name        short, also the runs' folder names
 * @param description what it is, for the report
 */
record Variant(String name, String description, Saturation.Result saturation, Figures atFixedRate) {

    /** Requests per second answered as expected at the highest rate within the target, 0 when none was. */
    double maxOkPerSecond() {
        return saturation.highestWithinTarget().map(Figures::okPerSecond).orElse(0.0);
    }

    Optional<Figures> highest() {
        return saturation.highestWithinTarget();
    }

    List<Figures> steps() {
        return saturation.runs();
    }
}
