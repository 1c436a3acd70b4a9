/**
 * The per-host supervisor ({@code steadfast supervise --host NAME}, started by {@code up} and stopped first by
 * {@code down}): it restarts a server that crashed and fences (kills, then starts) a server that is not live, before
 * the cluster's own failure detection could drop it from the view, so that no resumed node ever merges back with stale
 * sessions; it gives up on a server in a crash loop. What it did goes to an event log that {@code status} and drills
 * read. The reasons and the timing arithmetic: docs/reasons.md#fencing-over-merging.
 */
package dev.steadfast.ops.supervision;
