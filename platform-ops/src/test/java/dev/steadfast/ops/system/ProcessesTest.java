package dev.steadfast.ops.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Running tools: output read while they run, a hung one killed with its children at its time-out and named. */
class ProcessesTest {

    /** The guard only keeps a broken Processes from hanging the build for ten minutes; the test asserts no time. */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aHungChildIsKilledAtItsTimeOutAndNamedInTheError() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Processes.run(List.of("sleep", "600"), Map.of(), Duration.ofSeconds(1)));
        assertTrue(e.getMessage().startsWith("sleep did not finish within 1 s and was killed"), e.getMessage());
        assertEquals(List.of(), sleepers(), "the hung child is still running");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void theGrandchildOfAHungShellIsKilledToo() {
        assertThrows(IllegalStateException.class,
                () -> Processes.run(List.of("bash", "-c", "sleep 600; echo never"), Map.of(), Duration.ofSeconds(1)));
        assertEquals(List.of(), sleepers(), "the shell's child is still running");
    }

    @Test
    void aToolThatWritesMoreThanAPipeHoldsFinishesWithAllItsOutput() {
        // 1 MiB is far more than a pipe buffers (64 KiB): reading only after waitFor would block the writer for ever.
        Processes.Result r = Processes.run(List.of("head", "-c", "1048576", "/dev/zero"), Map.of(), Duration.ofMinutes(1));
        assertEquals(0, r.exitCode());
        assertEquals(1048576, r.output().length());
    }

    @Test
    void aFailingToolIsReportedWithItsExitCodeAndOutput() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Processes.runOrFail(List.of("bash", "-c", "echo broken; exit 3"), Map.of(), Duration.ofMinutes(1)));
        assertEquals("bash failed (exit 3):\nbroken\n", e.getMessage());
    }

    /** All processes, not only descendants: a child whose parent was killed belongs to init, and must be gone too. */
    private static List<Long> sleepers() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains("sleep 600"))
                .map(ProcessHandle::pid).toList();
    }
}
