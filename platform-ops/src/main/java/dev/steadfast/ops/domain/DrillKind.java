package dev.steadfast.ops.domain;

import java.util.Arrays;
import java.util.List;

import dev.steadfast.ops.UserError;

/** The faults {@code steadfast drill} injects, by the word the command line uses; {@code steady} injects none. */
public enum DrillKind {
    KILL("kill"), HANG("hang"), HANG_THEN_KILL("hang-then-kill"), CRASH_LOOP("crash-loop"), DB_OUTAGE("db-outage"), ROLLOUT("rollout"), STEADY("steady");

    private final String word;

    DrillKind(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(DrillKind::word).toList();
    }

    public static DrillKind of(String word) {
        return Arrays.stream(values()).filter(k -> k.word.equals(word)).findFirst()
                .orElseThrow(() -> new UserError("Unknown drill '" + word + "'; the drills are " + words() + "."));
    }
}
