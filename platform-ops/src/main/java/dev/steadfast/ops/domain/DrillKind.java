package dev.steadfast.ops.domain;

import java.util.Arrays;
import java.util.List;

import dev.steadfast.ops.UserError;

/** The faults {@code steadfast drill} injects, by the word the command line uses; {@code steady} injects none. */
public enum DrillKind {
    KILL("kill"), HANG("hang"), HANG_THEN_KILL("hang-then-kill"), CRASH_LOOP("crash-loop"), DB_OUTAGE("db-outage"), ROLLOUT("rollout"), PARTITION("partition"), STEADY("steady");

    private final String word;

    DrillKind(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** Whether the drill faults, or needs the supervisor of, every server of the group rather than its target alone. */
    boolean touchesEveryServer() {
        return List.of(HANG_THEN_KILL, DB_OUTAGE, ROLLOUT, PARTITION).contains(this);
    }

    /** Whether the supervisor is to act at all: neither steady load, a database outage nor a rollout is a reason to. */
    boolean supervisorActs() {
        return !List.of(STEADY, DB_OUTAGE, ROLLOUT).contains(this);
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(DrillKind::word).toList();
    }

    public static DrillKind of(String word) {
        return Arrays.stream(values()).filter(k -> k.word.equals(word)).findFirst()
                .orElseThrow(() -> new UserError("Unknown drill '" + word + "'; the drills are " + words() + "."));
    }
}
