package dev.steadfast.ops.drill;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How the session-integrity load runs.
 *
 * @param counter the full URL of the counter through the balancer (https://host:port{@value DrillApp#COUNTER_PATH})
 * @param sessions how many virtual users, each with a session of its own: 1 to 500
 * @param pace how long a user waits after each answer before its next request; zero for none
 * @param requestTimeout how long one request may take, connecting included, before it counts as a "timeout"
 */
public record LoadSettings(URI counter, int sessions, Duration pace, Duration requestTimeout) {

    public static final int MAX_SESSIONS = 500;

    public LoadSettings {
        Objects.requireNonNull(counter, "counter");
        Objects.requireNonNull(pace, "pace");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        if (sessions < 1 || sessions > MAX_SESSIONS) {
            throw new IllegalArgumentException("sessions must be 1 to " + MAX_SESSIONS + ", not " + sessions);
        }
        if (pace.isNegative()) {
            throw new IllegalArgumentException("pace must not be negative: " + pace);
        }
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("requestTimeout must be positive: " + requestTimeout);
        }
    }
}
