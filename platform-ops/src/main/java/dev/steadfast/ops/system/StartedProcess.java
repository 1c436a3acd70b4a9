package dev.steadfast.ops.system;

import java.time.Instant;
import java.util.Optional;

/**
 * A process this command started, remembered by its role, process id and start time: after a reboot or a long
 * while, a process id may belong to someone else, and only a process with the same start time is still ours.
 */
public record StartedProcess(String role, long pid, Instant start) {

    private static final long TOLERANCE_SECONDS = 2;

    /** The process just started with this id. */
    public static StartedProcess of(String role, long pid) {
        Instant start = ProcessHandle.of(pid).flatMap(p -> p.info().startInstant())
                .orElseThrow(() -> new IllegalStateException(role + " (pid " + pid + ") ended at once"));
        return new StartedProcess(role, pid, start);
    }

    /** Reads {@code role:pid:startMillis}, as {@link #toString} writes it. */
    public static StartedProcess parse(String text) {
        String[] parts = text.split(":");
        if (parts.length != 3) {
            throw new IllegalArgumentException("not role:pid:start: " + text);
        }
        return new StartedProcess(parts[0], Long.parseLong(parts[1]), Instant.ofEpochMilli(Long.parseLong(parts[2])));
    }

    /**
     * The process, if it is still running and is still the one started: the same start time within {@value #TOLERANCE_SECONDS}
     * s (the JDK derives it from the boot time, which a clock step moves a little; a reused id starts far later).
     */
    public Optional<ProcessHandle> handle() {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().startInstant().map(s -> Math.abs(s.toEpochMilli() - start.toEpochMilli()) <= TOLERANCE_SECONDS * 1000)
                        .orElse(false));
    }

    public boolean alive() {
        return handle().isPresent();
    }

    @Override
    public String toString() {
        return role + ":" + pid + ":" + start.toEpochMilli();
    }
}
