package dev.steadfast.ops.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * A process this command started, remembered by its role, process id, start time and executable: after a reboot or
 * a long while, a process id may belong to someone else, and only a process with the same start time and the same
 * executable is still ours. The start time compared is the kernel's own, in clock ticks since boot
 * ({@code /proc/PID/stat}), when it was recorded: the JDK's start instant is derived from the wall clock's boot time,
 * which moves by as much as a virtual machine was suspended or the clock was stepped, and every process of a domain
 * would then look gone. (State files written before the ticks or the executable were recorded compare what they hold.)
 */
public record StartedProcess(String role, long pid, Instant start, String command, long startTicks) {

    private static final long TOLERANCE_SECONDS = 2;

    /** The process just started with this id. */
    public static StartedProcess of(String role, long pid) {
        ProcessHandle.Info info = ProcessHandle.of(pid).map(ProcessHandle::info)
                .orElseThrow(() -> new IllegalStateException(role + " (pid " + pid + ") ended at once"));
        Instant start = info.startInstant().orElseThrow(() -> new IllegalStateException(role + " (pid " + pid + ") ended at once"));
        return new StartedProcess(role, pid, start, info.command().orElse(""), startTicks(pid).orElse(0L));
    }

    /** Reads {@code role:pid:startMillis:command:startTicks} (the command base64url-encoded), as {@link #toString} writes it. */
    public static StartedProcess parse(String text) {
        String[] parts = text.split(":", -1);
        if (parts.length < 3 || parts.length > 5) {
            throw new IllegalArgumentException("not role:pid:start:command:ticks: " + text);
        }
        String command = parts.length >= 4 ? new String(Base64.getUrlDecoder().decode(parts[3]), StandardCharsets.UTF_8) : "";
        long ticks = parts.length == 5 ? Long.parseLong(parts[4]) : 0;
        return new StartedProcess(parts[0], Long.parseLong(parts[1]), Instant.ofEpochMilli(Long.parseLong(parts[2])), command, ticks);
    }

    /**
     * The process, if it is still running and is still the one started: the same start time within {@value #TOLERANCE_SECONDS}
     * s (the JDK derives it from the boot time, which a clock step moves a little; a reused id starts far later) and
     * the same executable, when one was recorded.
     */
    public Optional<ProcessHandle> handle() {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> startTicks > 0 ? startTicks(pid).map(t -> t == startTicks).orElse(false)
                        : p.info().startInstant().map(s -> Math.abs(s.toEpochMilli() - start.toEpochMilli()) <= TOLERANCE_SECONDS * 1000).orElse(false))
                .filter(p -> command.isEmpty() || command.equals(p.info().command().orElse("")));
    }

    /** The kernel's start time of a process, in clock ticks since boot: field 22 of /proc/PID/stat, after the name. */
    private static Optional<Long> startTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Optional.of(Long.parseLong(fields[19]));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public boolean alive() {
        return handle().isPresent();
    }

    @Override
    public String toString() {
        return role + ":" + pid + ":" + start.toEpochMilli() + ":"
                + Base64.getUrlEncoder().withoutPadding().encodeToString(command.getBytes(StandardCharsets.UTF_8)) + ":" + startTicks;
    }
}
