package dev.steadfast.ops.drill;

/**
 * One second of the load, for the timeline: the attempts that started in it, how many of them failed, and their
 * latencies (nearest rank, milliseconds; zero in a second without attempts).
 *
 * @param second seconds since the load started: this second spans [second, second + 1)
 */
public record LoadSecond(int second, int requests, int errors, Latency latency) {}
