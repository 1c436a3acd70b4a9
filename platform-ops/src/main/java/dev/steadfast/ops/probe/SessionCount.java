package dev.steadfast.ops.probe;

import java.io.Serializable;

/**
 * What a session of steadfast-drill.war holds: its count. A class of the application's own, replicated with the
 * session like any application's session class, and kept compatible across versions: its serialVersionUID is fixed,
 * so that a later version may add a field and the two still read each other's sessions while a rollout runs them side
 * by side (docs/reasons.md#session-classes-across-versions).
 */
public final class SessionCount implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int count;

    public SessionCount(int count) {
        this.count = count;
    }

    public int count() {
        return count;
    }

    /** This tally with {@code n} more. */
    public SessionCount plus(int n) {
        return new SessionCount(count + n);
    }
}
