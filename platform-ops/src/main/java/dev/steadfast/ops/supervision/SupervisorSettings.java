package dev.steadfast.ops.supervision;

import java.time.Duration;

/**
 * The supervisor's timings, chosen together with the cluster's failure detection (cli-scripts/profile/040-jgroups.cli)
 * and the balancer's request bound (cli-scripts/domain/070-balancer.cli); docs/reasons.md#the-fencing-arithmetic
 * derives each from the others.
 *
 * @param period       pause between two probes of one server
 * @param readTimeout  how long a probe waits for an answer (a frozen JVM still accepts TCP, so only an answer counts)
 * @param misses       consecutive probes without an answer before the server is fenced
 * @param operationTimeout how long the read of a server's status may take (a kill or a start gets longer, and is never cancelled)
 * @param restartLimit restarts (after a crash or a fence) allowed within {@code restartWindow}; one more is a crash loop
 * @param restartWindow the window of the crash-loop count
 */
public record SupervisorSettings(Duration period, Duration readTimeout, int misses, Duration operationTimeout,
                                 int restartLimit, Duration restartWindow) {

    public static final SupervisorSettings DEFAULT = new SupervisorSettings(Duration.ofSeconds(1), Duration.ofSeconds(2), 3,
            Duration.ofSeconds(1), 3, Duration.ofMinutes(2));

    /**
     * The longest a server can stop answering before it is killed: {@code misses} rounds, each a pause of one period,
     * the read of its status (at most {@code operationTimeout}) and a probe waiting out its read time-out; the SIGKILL
     * itself takes milliseconds. With the defaults 3 x (1 + 1 + 2) = 12 s.
     */
    public Duration fenceBound() {
        return period.plus(operationTimeout).plus(readTimeout).multipliedBy(misses);
    }
}
