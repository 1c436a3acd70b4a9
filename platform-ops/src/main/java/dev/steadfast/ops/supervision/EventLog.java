package dev.steadfast.ops.supervision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.steadfast.ops.system.PrivateFiles;

/**
 * The supervisor's event log: one JSON object a line, appended and kept across {@code up}s (a check that no healthy
 * server was ever fenced reads all of it), private to the user. {@code status} and drills read the events since a
 * moment.
 */
public record EventLog(Path file) {

    /** The log of a host's supervisor in a logs directory. */
    public static EventLog of(Path logs, String host) {
        return new EventLog(logs.resolve("supervisor-" + host + ".events.jsonl"));
    }

    synchronized void append(SupervisorEvent event) {
        try {
            if (!Files.exists(file)) {
                PrivateFiles.write(file, "");
            }
            Files.writeString(file, event.toJson() + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A line read while the supervisor was still writing it (or torn by a crash) is no event yet. */
    private static Optional<SupervisorEvent> parsed(String line) {
        try {
            return line.isBlank() ? Optional.empty() : Optional.of(SupervisorEvent.parse(line));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The events at or after {@code since}, oldest first; none when the log does not exist yet. */
    public List<SupervisorEvent> since(Instant since) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().flatMap(line -> parsed(line).stream())
                    .filter(e -> !e.at().isBefore(since)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
