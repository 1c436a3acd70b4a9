package dev.steadfast.ops.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What leaks while a command runs: every process's command line ({@code /proc/PID/cmdline}, readable by every user
 * of the machine) and environment ({@code /proc/PID/environ}, readable by the same user and root, and inherited by
 * every child), sampled every 100 ms; the tests run as root, so every process's. A process that lives less than
 * 100 ms can slip between two samples. A planted canary, in one process's
 * arguments and another's environment, proves the sampler sees what is there to see.
 */
final class ProcSampler implements AutoCloseable {

    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final String argumentCanary = "canary-argument-" + UUID.randomUUID();
    private final String environmentCanary = "canary-environment-" + UUID.randomUUID();
    private final Thread sampler = new Thread(this::sampleUntilClosed, "proc-sampler");
    private volatile boolean running = true;
    private volatile int rounds;

    ProcSampler() {
        sampler.setDaemon(true);
        sampler.start();
        plantCanaries();
    }

    /** Every text seen that holds one of these values (secrets of at least 8 characters). */
    List<String> holding(List<String> values) {
        List<String> found = new ArrayList<>();
        for (String text : seen) {
            for (String value : values) {
                if (value.length() >= 8 && text.contains(value)) {
                    found.add(text.length() > 300 ? text.substring(0, 300) + "..." : text);
                }
            }
        }
        return found;
    }

    boolean sawBothCanaries() {
        return !holding(List.of(argumentCanary)).isEmpty() && !holding(List.of(environmentCanary)).isEmpty();
    }

    int rounds() {
        return rounds;
    }

    /** The passwords of a state directory's secrets/ (each {@code *.password} file), and any extra secret files. */
    static List<String> secretsOf(Path state, Path... extra) {
        try (Stream<Path> files = Files.list(state.resolve("secrets"))) {
            List<String> secrets = new ArrayList<>(files.filter(f -> f.getFileName().toString().endsWith(".password")).map(ProcSampler::read).toList());
            for (Path file : extra) {
                secrets.add(read(file));
            }
            return secrets;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.join(TimeUnit.SECONDS.toMillis(10));
    }

    private void sampleUntilClosed() {
        while (running) {
            try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"),
                    p -> p.getFileName().toString().chars().allMatch(Character::isDigit))) {
                for (Path process : processes) {
                    readInto(process.resolve("cmdline"));
                    readInto(process.resolve("environ"));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            rounds++;
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void readInto(Path file) {
        try {
            seen.add(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).replace('\0', ' '));
        } catch (IOException | SecurityException e) {
            // The process ended between listing and reading, or is not readable: nothing to see.
        }
    }

    /** Two short-lived processes with a canary each, alive for two seconds: at least a dozen samples see them. */
    private void plantCanaries() {
        try {
            new ProcessBuilder("sh", "-c", "sleep 2", argumentCanary).start();
            ProcessBuilder withEnvironment = new ProcessBuilder("sleep", "2");
            withEnvironment.environment().put("STEADFAST_SAMPLER_CANARY", environmentCanary);
            withEnvironment.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
