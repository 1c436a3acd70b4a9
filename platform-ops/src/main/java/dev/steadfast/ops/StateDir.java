package dev.steadfast.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Where a domain lives on this machine, outside the git checkout: {@code $STEADFAST_STATE}, by default
 * {@code ~/.local/state/steadfast}. Holds the WildFly installation, one base directory per host, the
 * generated secrets (mode 0700/0600), the database files, logs and the pid files of what {@code up} started.
 */
public record StateDir(Path root) {

    public static StateDir fromEnvironment() {
        String configured = System.getenv("STEADFAST_STATE");
        Path root = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".local", "state", "steadfast");
        return new StateDir(root.toAbsolutePath().normalize());
    }

    public Path wildflyHome(String version) {
        return root.resolve("wildfly-" + version);
    }

    public Path host(String host) {
        return root.resolve("hosts").resolve(host);
    }

    public Path hostConfig(String host) {
        return host(host).resolve("configuration");
    }

    public Path secrets() {
        return root.resolve("secrets");
    }

    public Path run() {
        return root.resolve("run");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public Path database() {
        return root.resolve("h2");
    }

    /** Creates a directory readable by its owner only. */
    public static Path privateDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a file readable by its owner only; it never exists with wider permissions. */
    public static void writePrivate(Path file, String content) {
        writePrivate(file, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static void copyPrivate(Path from, Path to) {
        try {
            writePrivate(to, Files.readAllBytes(from));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writePrivate(Path file, byte[] content) {
        try {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
