package dev.steadfast.testing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonReader;

/**
 * The fences a domain's supervisors logged ({@code logs/supervisor-HOST.events.jsonl} of its state directory, a JSON
 * object a line). A test that hangs no server expects none: a fence there is a false one, of a healthy server.
 */
public final class Fences {

    private Fences() {}

    /** The fence events logged at or after {@code since}, one JSON line each; none when the domain has no logs yet. */
    public static List<String> since(Path state, Instant since) {
        Path logs = state.resolve("logs");
        if (!Files.isDirectory(logs)) {
            return List.of();
        }
        List<String> fences = new ArrayList<>();
        try (Stream<Path> files = Files.list(logs)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".events.jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (line.contains("\"fenced\"") && !at(line).isBefore(since)) {
                        fences.add(line);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fences;
    }

    private static Instant at(String line) {
        try (JsonReader reader = Json.createReader(new StringReader(line))) {
            return Instant.parse(reader.readObject().getString("at"));
        }
    }
}
