package dev.steadfast.ops.drill;

import java.util.Arrays;

/**
 * Latencies in milliseconds, by nearest rank: p99 is a latency that at least 99 % of the attempts did not exceed, and
 * one that an attempt actually had (no interpolation between two). All zero when there was no attempt.
 */
public record Latency(long p50, long p99, long max) {

    public static final Latency NONE = new Latency(0, 0, 0);

    static Latency of(long[] millis) {
        if (millis.length == 0) {
            return NONE;
        }
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new Latency(rank(sorted, 50), rank(sorted, 99), sorted[sorted.length - 1]);
    }

    private static long rank(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }
}
