package dev.steadfast.ops.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Stops process trees whose roots this command started itself (a host controller's {@code domain.sh} with the JVMs
 * under it, or the H2 server), found by process id and start time. Never anything else.
 */
public final class ProcessTree {

    private static final Duration TERM_GRACE = Duration.ofSeconds(10);

    private ProcessTree() {}

    /**
     * Each tree gets {@code grace} to end by itself (after a graceful shutdown through the management API), then
     * TERM, then KILL ten seconds later; returns once every process of the trees has ended.
     */
    public static void stop(List<StartedProcess> roots, Duration grace) {
        List<ProcessHandle> all = new ArrayList<>();
        roots.forEach(root -> root.handle().ifPresent(handle -> all.addAll(tree(handle))));
        awaitExit(all, grace);
        all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroy);
        awaitExit(all, TERM_GRACE);
        all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        awaitExit(all, TERM_GRACE);
    }

    /** Kills a process and its descendants at once (a tool that timed out, a launcher that never came up). */
    public static void kill(ProcessHandle root) {
        List<ProcessHandle> all = new ArrayList<>(root.descendants().toList());
        all.add(root);
        all.forEach(ProcessHandle::destroyForcibly);
        awaitExit(all, TERM_GRACE);
    }

    /** The process and all its descendants, children first, so that a stop reaches every JVM of a host. */
    private static List<ProcessHandle> tree(ProcessHandle root) {
        List<ProcessHandle> all = new ArrayList<>(root.descendants().toList());
        all.add(root);
        return all;
    }

    private static void awaitExit(List<ProcessHandle> processes, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (processes.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
