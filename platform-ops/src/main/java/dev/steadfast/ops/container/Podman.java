package dev.steadfast.ops.container;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.steadfast.ops.ClassPathFolder;
import dev.steadfast.ops.UserError;
import dev.steadfast.ops.system.PrivateFiles;
import dev.steadfast.ops.system.Processes;

/**
 * The {@code podman} command with the project's settings ({@code docker/containers.conf}: runc and the rlimits these
 * machines accept), given through {@code CONTAINERS_CONF} so that the machine's own configuration stays as it is.
 */
public final class Podman {

    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private final Path settings;

    /** Podman with the settings copied out of the command's jar into {@code workDirectory}. */
    public Podman(Path workDirectory) {
        this.settings = PrivateFiles.directory(workDirectory).resolve("containers.conf");
        PrivateFiles.copy(docker().resolve("containers.conf"), settings);
        boolean installed;
        try {
            installed = attempt("--version");
        } catch (UncheckedIOException e) {
            installed = false;
        }
        if (!installed) {
            throw new UserError("Podman is not installed: run bin/podman-setup (Debian's Podman with runc, netavark, "
                    + "aardvark-dns, catatonit and debootstrap).");
        }
    }

    /** The {@code docker/} folder as the command's jar carries it. */
    static Path docker() {
        return ClassPathFolder.of("docker", "README.md");
    }

    /** Runs {@code podman ARGS}; returns what it printed, or fails with it. */
    public String run(String... args) {
        return Processes.runOrFail(command(List.of(args)), environment(), TIMEOUT).strip();
    }

    /** Runs {@code podman ARGS} and tells whether it succeeded, for checks and for removals of what may be gone. */
    public boolean attempt(String... args) {
        return Processes.run(command(List.of(args)), environment(), TIMEOUT).exitCode() == 0;
    }

    /** Any other program that drives Podman (the base-image script), with the same settings. */
    public String runTool(List<String> command) {
        return Processes.runOrFail(command, environment(), TIMEOUT).strip();
    }

    private static List<String> command(List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add("podman");
        cmd.addAll(args);
        return cmd;
    }

    private Map<String, String> environment() {
        return Map.of("CONTAINERS_CONF", settings.toString());
    }
}
