package dev.steadfast.ops.system;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * A process this command started, remembered by its role, process id, start time and executable: after a reboot or
 * a long while, a process id may belong to someone else, and only a process with the same start time and the same
 * executable is still ours. (State files written before the executable was recorded compare the start time only.)
 */
public record StartedProcess(String role, long pid, Instant start, String command) {

    private static final long TOLERANCE_SECONDS = 2;

    /** The process just started with this id. */
    public static StartedProcess of(String role, long pid) {
        ProcessHandle.Info info = ProcessHandle.of(pid).map(ProcessHandle::info)
                .orElseThrow(() -> new IllegalStateException(role + " (pid " + pid + ") ended at once"));
        Instant start = info.startInstant().orElseThrow(() -> new IllegalStateException(role + " (pid " + pid + ") ended at once"));
        return new StartedProcess(role, pid, start, info.command().orElse(""));
    }

    /** Reads {@code role:pid:startMillis:command} (the command base64url-encoded), as {@link #toString} writes it. */
    public static StartedProcess parse(String text) {
        String[] parts = text.split(":");
        if (parts.length != 3 && parts.length != 4) {
            throw new IllegalArgumentException("not role:pid:start:command: " + text);
        }
        String command = parts.length == 4 ? new String(Base64.getUrlDecoder().decode(parts[3]), StandardCharsets.UTF_8) : "";
        return new StartedProcess(parts[0], Long.parseLong(parts[1]), Instant.ofEpochMilli(Long.parseLong(parts[2])), command);
    }

    /**
     * The process, if it is still running and is still the one started: the same start time within {@value #TOLERANCE_SECONDS}
     * s (the JDK derives it from the boot time, which a clock step moves a little; a reused id starts far later) and
     * the same executable, when one was recorded.
     */
    public Optional<ProcessHandle> handle() {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().startInstant().map(s -> Math.abs(s.toEpochMilli() - start.toEpochMilli()) <= TOLERANCE_SECONDS * 1000)
                        .orElse(false))
                .filter(p -> command.isEmpty() || command.equals(p.info().command().orElse("")));
    }

    public boolean alive() {
        return handle().isPresent();
    }

    @Override
    public String toString() {
        return role + ":" + pid + ":" + start.toEpochMilli() + ":"
                + Base64.getUrlEncoder().withoutPadding().encodeToString(command.getBytes(StandardCharsets.UTF_8));
    }
}
