package dev.steadfast.ops.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * bin/steadfast as a user runs it, with nothing up: the launcher finds the build and hands it over, and a command
 * prints its own lines only (every bad input is also tested in this JVM, by CommandLineTest).
 */
class CommandLineIT {

    private final SteadfastCommand steadfast = new SteadfastCommand(TestState.directory("command-line"));

    @Test
    void aRefusalThroughTheLauncherIsOneSentenceOnStderrAndNothingElse() {
        SteadfastCommand.Result r = steadfast.run("status");
        assertEquals(2, r.exitCode());
        assertEquals("", r.stdout());
        assertEquals("Steadfast is not up; start it with 'steadfast up'.\n", r.stderr());
    }

    @Test
    void helpThroughTheLauncherExitsZeroWithNothingOnStderr() {
        SteadfastCommand.Result r = steadfast.run("up", "--help");
        assertEquals(0, r.exitCode());
        assertEquals("", r.stderr());
        assertTrue(r.stdout().startsWith("Usage: steadfast up"), r.stdout());
    }

    @Test
    void versionThroughTheLauncherNamesTheWildFlyItShips() {
        SteadfastCommand.Result r = steadfast.run("--version");
        assertEquals(0, r.exitCode());
        assertTrue(r.stdout().strip().endsWith("(WildFly " + System.getProperty("steadfast.expected.wildfly.version") + ")"), r.stdout());
    }
}
