package dev.steadfast.ops.drill;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a drill ran: its times mean little without the machine (a failover on two cores shared by six JVMs is not one
 * on thirty-two).
 *
 * @param memoryBytes MemTotal of /proc/meminfo; 0 where there is none
 * @param cpuModel the first "model name" of /proc/cpuinfo, when there is one
 */
public record Machine(int cores, long memoryBytes, String os, String java, Optional<String> cpuModel) {

    public Machine {
        Objects.requireNonNull(os, "os");
        Objects.requireNonNull(java, "java");
        Objects.requireNonNull(cpuModel, "cpuModel");
    }

    /** This machine, as the JDK and Linux's /proc describe it. */
    public static Machine here() {
        return of(Runtime.getRuntime().availableProcessors(), read("/proc/meminfo"), read("/proc/cpuinfo"),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("java.runtime.version", System.getProperty("java.version")) + " ("
                        + System.getProperty("java.vm.name") + ")");
    }

    static Machine of(int cores, String meminfo, String cpuinfo, String os, String java) {
        long memory = 0;
        String cpu = null;
        for (String line : meminfo.split("\n")) {
            if (line.startsWith("MemTotal:")) {
                String[] words = line.substring("MemTotal:".length()).strip().split("\\s+");
                memory = Long.parseLong(words[0]) * (words.length > 1 && words[1].equalsIgnoreCase("kB") ? 1024 : 1);
            }
        }
        for (String line : cpuinfo.split("\n")) {
            int colon = line.indexOf(':');
            if (cpu == null && colon > 0 && line.substring(0, colon).strip().equals("model name")) {
                cpu = line.substring(colon + 1).strip();
            }
        }
        return new Machine(cores, memory, os, java, Optional.ofNullable(cpu).filter(s -> !s.isEmpty()));
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
