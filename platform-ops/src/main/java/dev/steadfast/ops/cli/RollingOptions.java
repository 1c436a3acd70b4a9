package dev.steadfast.ops.cli;

import java.time.Duration;

import dev.steadfast.ops.UserError;
import picocli.CommandLine.Option;

/** What {@code rollout} and {@code restart} share: the group, and how long each server gets to be ready and redundant. */
final class RollingOptions {

    @Option(names = "--group", required = true, paramLabel = "GROUP", description = "The application group.")
    private String group;

    @Option(names = "--ready-within", paramLabel = "SECONDS", defaultValue = "180",
            description = "How long each server gets, once started, to be ready and its group redundant "
                    + "(default ${DEFAULT-VALUE}).")
    private int readyWithin;

    String group() {
        return group;
    }

    Duration readyWithin() {
        return readyWithin(readyWithin);
    }

    /** The bound of {@code --ready-within}, here and in {@code apply}. */
    static Duration readyWithin(int seconds) {
        if (seconds < 10 || seconds > 3600) {
            throw new UserError("--ready-within takes 10 to 3600 seconds, not " + seconds + ".");
        }
        return Duration.ofSeconds(seconds);
    }
}
