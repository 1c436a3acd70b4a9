/**
 * The measuring half of {@code steadfast drill}: a session-integrity load through the balancer and the report of a
 * drill. A drill injects a fault (kill, hang, crash-loop, db-outage) and asks two questions the status of the domain
 * cannot answer: what did the users see, and did the platform keep what it acknowledged? So while the fault runs
 * {@link dev.steadfast.ops.drill.SessionLoad} writes and reads a counter in each of N HTTP sessions
 * (steadfast-drill.war, {@link dev.steadfast.ops.drill.DrillApp}) as users would, never retrying, recording every
 * attempt, and judging every answer: an acknowledged write must stay visible, a failed one may or may not have applied.
 * {@link dev.steadfast.ops.drill.DrillReport} writes what it saw, with the drill's moments and phase times, as JSON,
 * Markdown and an SVG timeline.
 * <p>
 * The package uses the JDK only (and DMR's JSON writer), no layer of the command: the orchestration of the domain
 * lifecycle calls it, and it can be tested against a server in the test's own JVM.
 */
package dev.steadfast.ops.drill;
