package dev.steadfast.ops.system;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StartedProcessTest {

    /** A virtual machine suspended for 37 minutes moved every start instant the JDK derives, and a domain looked gone. */
    @Test
    void aProcessIsStillOursAfterTheWallClockMovedSinceItStartedButNotOneThatStartedAtAnotherTick() throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "60").start();
        try {
            StartedProcess recorded = StartedProcess.of("primary", sleeper.pid());
            assertTrue(recorded.startTicks() > 0, "the kernel's start time is recorded");
            StartedProcess afterAClockStep = new StartedProcess("primary", recorded.pid(), recorded.start().minusSeconds(37 * 60),
                    recorded.command(), recorded.startTicks());
            assertTrue(StartedProcess.parse(afterAClockStep.toString()).alive(), "the same process, by its kernel start time");
            StartedProcess anotherTick = new StartedProcess("primary", recorded.pid(), recorded.start(), recorded.command(),
                    recorded.startTicks() + 100);
            assertFalse(StartedProcess.parse(anotherTick.toString()).alive(), "a process with this id that started at another tick is not ours");
        } finally {
            sleeper.destroyForcibly();
        }
    }
}
