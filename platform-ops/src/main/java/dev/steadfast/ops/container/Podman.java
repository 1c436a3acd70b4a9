package dev.steadfast.ops.container;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

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

    /**
     * Copies an image's recipe, the files of {@code docker/FOLDER} (its Containerfile and start script), into a build
     * context; the start script executable.
     */
    static void recipe(String folder, Path context) {
        try (Stream<Path> files = Files.list(docker().resolve(folder))) {
            for (Path file : files.toList()) {
                Path copy = context.resolve(file.getFileName().toString());
                Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                boolean script = file.getFileName().toString().startsWith("start-");
                Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString(script ? "rwxr-xr-x" : "rw-r--r--"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code podman ARGS}; returns what it printed, or fails with it. */
    public String run(String... args) {
        return Processes.runOrFail(command(List.of(args)), environment(), TIMEOUT).strip();
    }

    /** Runs {@code podman ARGS} and tells whether it succeeded, for checks and for removals of what may be gone. */
    public boolean attempt(String... args) {
        return Processes.run(command(List.of(args)), environment(), TIMEOUT).exitCode() == 0;
    }

    /**
     * Builds the image {@code image} from {@code context} (its Containerfile) on {@code base}, with no pull and no
     * network, from Podman's layer cache where nothing changed; the image it replaces, untagged now, is removed
     * unless a container still uses it.
     */
    public void build(Path context, String image, String base, Map<String, String> labels) {
        String previous = attempt("image", "exists", image) ? run("image", "inspect", "--format", "{{.Id}}", image) : "";
        List<String> args = new ArrayList<>(List.of("build", "--pull=never", "--network=none", "--quiet", "--build-arg", "BASE=" + base));
        labels.forEach((key, value) -> args.addAll(List.of("--label", key + "=" + value)));
        args.addAll(List.of("-t", image, context.toString()));
        run(args.toArray(String[]::new));
        if (!previous.isEmpty() && !previous.equals(run("image", "inspect", "--format", "{{.Id}}", image))) {
            attempt("rmi", previous);
        }
    }

    /**
     * Runs {@code podman ARGS}; the last line it printed when it succeeded (an answer to a question about something that
     * may be gone by now, a container that just ended), or nothing when it failed.
     */
    public Optional<String> answer(String... args) {
        Processes.Result result = Processes.run(command(List.of(args)), environment(), TIMEOUT);
        return result.exitCode() == 0 ? result.output().strip().lines().reduce((first, last) -> last).map(String::strip) : Optional.empty();
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
