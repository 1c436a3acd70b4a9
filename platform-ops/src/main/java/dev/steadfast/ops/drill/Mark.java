package dev.steadfast.ops.drill;

import java.util.Objects;

/**
 * A moment of the drill the timeline shows as a dashed line: "fault", "fenced", "restarted", "live", "ready",
 * "redundant", "resumed".
 *
 * @param atMillis milliseconds since the load started ({@link SessionLoad#millisSinceStart()})
 */
public record Mark(String label, long atMillis) {

    public Mark {
        Objects.requireNonNull(label, "label");
    }
}
