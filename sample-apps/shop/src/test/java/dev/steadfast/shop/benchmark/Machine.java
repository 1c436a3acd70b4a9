package dev.steadfast.shop.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The machine a run measured on, from {@code /proc} and the JVM, for the report. */
record Machine(int cores, long memoryMiB, String cpu, String java, String os) {

    static Machine here() {
        return new Machine(Runtime.getRuntime().availableProcessors(), memTotalKiB() / 1024,
                line("/proc/cpuinfo", "model name").orElse("unknown"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version"));
    }

    private static long memTotalKiB() {
        return line("/proc/meminfo", "MemTotal").map(v -> Long.parseLong(v.replaceAll("[^0-9]", ""))).orElse(0L);
    }

    private static Optional<String> line(String file, String key) {
        try {
            List<String> lines = Files.readAllLines(Path.of(file));
            return lines.stream().filter(l -> l.startsWith(key)).map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
