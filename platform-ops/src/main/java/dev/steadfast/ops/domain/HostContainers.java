package dev.steadfast.ops.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import dev.steadfast.ops.UserError;
import dev.steadfast.ops.container.Podman;
import dev.steadfast.ops.provision.Installation;
import dev.steadfast.ops.provision.Secrets;
import dev.steadfast.ops.provision.StateDir;
import dev.steadfast.ops.system.PrivateFiles;
import dev.steadfast.ops.system.StartedProcess;
import dev.steadfast.ops.topology.Host;
import dev.steadfast.ops.topology.Topology;

/**
 * The hosts of a domain in containers ({@code up --containers}): each host controller, with its servers, in a container
 * of the domain's image named {@code steadfast-HOST}, on the host's network (the topology's loopback addresses, as
 * without containers), running as the user that runs this command (root: the containers are rootful Podman's) with no
 * capability, its host's base directory mounted from the state at the same path. Its key stores are not copied there:
 * they are Podman secrets named after the state, mounted read-only where the host's configuration names them. The
 * container's first process (Podman's init, which passes a stop signal on to {@code domain.sh}) is what {@code up}
 * records, so that {@code down}, the supervisors and the drills treat it as a host's launcher. Why this way, and not
 * through a compose file: docs/reasons.md#the-domain-in-containers.
 */
record HostContainers(Podman podman, StateDir state, Secrets secrets, Installation installation, Topology topology, String image) {

    /** The label that ties a container to the state that started it. */
    private static final String STATE_LABEL = "org.steadfast.state";

    static String name(String host) {
        return "steadfast-" + host;
    }

    /**
     * Podman with the project's settings, for this state; refused, in a sentence, to a user other than root (rootless
     * Podman would map the containers' user elsewhere) and to a state whose path Podman's options cannot carry.
     */
    static Podman podman(StateDir state) {
        if (!"0".equals(owner().split(":")[0])) {
            throw new UserError("The domain in containers runs on rootful Podman: run steadfast as root, or up without --containers.");
        }
        if (!state.root().toString().matches("[A-Za-z0-9/._+-]+")) {
            throw new UserError("The state directory's path " + state.root() + " holds characters Podman's mount options cannot carry; "
                    + "use letters, digits and / . _ + - only.");
        }
        return new Podman(state.containers());
    }

    StartedProcess launch(Host h) {
        String name = name(h.name());
        removeLeftover(name);
        // A container keeps no class-data archive (its JDK is the image's): an earlier session's are deleted.
        new ClassDataArchives(state, installation, topology, false).prepare(h);
        Path baseDir = state.host(h.name());
        Path console = PrivateFiles.directory(state.logs()).resolve(h.name() + "-console.log");
        PrivateFiles.write(console, "");
        String user = owner();
        List<String> args = new ArrayList<>(List.of("run", "--detach", "--rm", "--init", "--name", name,
                "--label", STATE_LABEL + "=" + state.root(), "--network", "host", "--user", user,
                "--cap-drop", "all", "--security-opt", "no-new-privileges",
                "--volume", baseDir + ":" + baseDir, "--volume", console + ":" + console,
                "--env", "STEADFAST_HOST=" + h.name(), "--env", "STEADFAST_HOST_CONFIG=" + h.hostConfigFile(),
                "--env", "STEADFAST_BASE_DIR=" + baseDir, "--env", "STEADFAST_CONSOLE_LOG=" + console,
                "--env", "PROCESS_CONTROLLER_JAVA_OPTS=" + topology.env("process-controller.java-opts"),
                "--env", "HOST_CONTROLLER_JAVA_OPTS=" + topology.env("host-controller.java-opts")));
        String[] ids = user.split(":");
        for (Path key : secrets.hostKeys()) {
            String secret = secretPrefix(state) + h.name() + "-" + key.getFileName();
            Path target = state.hostConfig(h.name()).resolve(key.getFileName());
            podman.attempt("secret", "rm", secret);
            podman.run("secret", "create", secret, key.toString());
            delete(target);
            args.addAll(List.of("--secret", secret + ",target=" + target + ",uid=" + ids[0] + ",gid=" + ids[1] + ",mode=0400"));
        }
        args.add(image);
        podman.run(args.toArray(String[]::new));
        // A container that ended at once is gone (--rm) before it is asked: its console says why.
        String pid = podman.answer("container", "inspect", "--format", "{{.State.Pid}}", name).orElse("");
        if (!pid.matches("[1-9][0-9]*")) {
            throw new IllegalStateException("The container of host controller " + h.name() + " did not start; see " + console);
        }
        return StartedProcess.of(h.name(), Long.parseLong(pid));
    }

    /**
     * Removes what this state's hosts in containers leave: their containers (gone by themselves after a stop, as
     * {@code --rm} asks, unless killed a moment before or the machine rebooted), their secrets and the empty files the
     * secrets were mounted on. Tells whether there was anything.
     */
    static boolean remove(Podman podman, StateDir state) {
        List<String> containers = podman.run("ps", "--all", "--filter", "label=" + STATE_LABEL + "=" + state.root(), "--format", "{{.Names}}")
                .lines().map(String::strip).filter(n -> n.startsWith(name(""))).toList();
        containers.forEach(c -> podman.attempt("rm", "--force", "--ignore", "--time", "0", c));
        List<String> secrets = podman.run("secret", "ls", "--format", "{{.Name}}").lines().map(String::strip)
                .filter(n -> n.startsWith(secretPrefix(state))).toList();
        secrets.forEach(s -> podman.attempt("secret", "rm", s));
        List<Path> mountPoints = new ArrayList<>();
        if (Files.isDirectory(state.hosts())) {
            try (Stream<Path> hosts = Files.list(state.hosts())) {
                for (Path host : hosts.toList()) {
                    new Secrets(state).hostKeys().stream().map(key -> state.hostConfig(host.getFileName().toString()).resolve(key.getFileName()))
                            .filter(f -> Files.isRegularFile(f) && size(f) == 0).forEach(mountPoints::add);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        mountPoints.forEach(HostContainers::delete);
        return !containers.isEmpty() || !secrets.isEmpty() || !mountPoints.isEmpty();
    }

    /** A container of this name that a killed run of this state left is removed; one of anything else is refused. */
    private void removeLeftover(String name) {
        if (!podman.attempt("container", "exists", name)) {
            return;
        }
        // No answer: it is gone meanwhile. An answer with no such label ("<no value>") is another's container.
        Optional<String> label = podman.answer("container", "inspect", "--format", "{{index .Config.Labels \"" + STATE_LABEL + "\"}}", name);
        if (label.isPresent() && !label.get().equals(state.root().toString())) {
            throw new UserError("A container named " + name + " exists and is not this state's; remove or rename it first.");
        }
        podman.attempt("rm", "--force", "--ignore", "--time", "0", name);
    }

    /** The names of this state's secrets begin with this: another state's are never touched. */
    private static String secretPrefix(StateDir state) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(state.root().toString().getBytes(StandardCharsets.UTF_8));
            return name(HexFormat.of().formatHex(digest, 0, 4) + "-");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The user and group this command runs as, who own what it writes in the state: the containers' processes too. */
    private static String owner() {
        try {
            Path self = Path.of("/proc/self");
            return Files.getAttribute(self, "unix:uid") + ":" + Files.getAttribute(self, "unix:gid");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
