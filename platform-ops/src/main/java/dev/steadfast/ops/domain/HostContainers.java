package dev.steadfast.ops.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

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
 * without containers), running as the state's owner with no capability, its host's base directory mounted from the
 * state at the same path. Its key stores are not copied there: they are Podman secrets, mounted read-only where the
 * host's configuration names them. The container's first process (Podman's init, which passes a stop signal on to
 * {@code domain.sh}) is what {@code up} records, so that {@code down}, the supervisors and the drills treat it as a
 * host's launcher. Why Podman is driven directly and not through a compose file: docs/reasons.md#the-domain-in-containers.
 */
record HostContainers(Podman podman, StateDir state, Secrets secrets, Installation installation, Topology topology, String image) {

    /** The label that ties a container to the state that started it. */
    static final String STATE_LABEL = "org.steadfast.state";

    static String name(String host) {
        return "steadfast-" + host;
    }

    /** Podman with the project's settings, for this state. */
    static Podman podman(StateDir state) {
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
        List<String> args = new ArrayList<>(List.of("run", "--detach", "--rm", "--init", "--name", name,
                "--label", STATE_LABEL + "=" + state.root(), "--network", "host", "--user", owner(),
                "--cap-drop", "all", "--security-opt", "no-new-privileges",
                "--volume", baseDir + ":" + baseDir, "--volume", console + ":" + console,
                "--env", "STEADFAST_HOST=" + h.name(), "--env", "STEADFAST_HOST_CONFIG=" + h.hostConfigFile(),
                "--env", "STEADFAST_BASE_DIR=" + baseDir, "--env", "STEADFAST_CONSOLE_LOG=" + console,
                "--env", "PROCESS_CONTROLLER_JAVA_OPTS=" + topology.env("process-controller.java-opts"),
                "--env", "HOST_CONTROLLER_JAVA_OPTS=" + topology.env("host-controller.java-opts")));
        String[] ids = owner().split(":");
        for (Path key : secrets.hostKeys()) {
            String secret = name + "-" + key.getFileName();
            Path target = state.hostConfig(h.name()).resolve(key.getFileName());
            podman.attempt("secret", "rm", secret);
            podman.run("secret", "create", secret, key.toString());
            delete(target);
            args.addAll(List.of("--secret", secret + ",target=" + target + ",uid=" + ids[0] + ",gid=" + ids[1] + ",mode=0400"));
        }
        args.add(image);
        podman.run(args.toArray(String[]::new));
        String pid = podman.attempt("container", "exists", name) ? podman.run("container", "inspect", "--format", "{{.State.Pid}}", name) : "";
        if (!pid.matches("[1-9][0-9]*")) {
            throw new IllegalStateException("The container of host controller " + h.name() + " did not start; see " + console);
        }
        return StartedProcess.of(h.name(), Long.parseLong(pid));
    }

    /**
     * Removes the hosts' containers (gone by themselves after a stop, as {@code --rm} asks, unless killed a moment
     * before), their secrets and the empty files the secrets were mounted on.
     */
    static void remove(Podman podman, StateDir state, Secrets secrets, Collection<String> hosts) {
        for (String host : hosts) {
            String name = name(host);
            if (podman.attempt("container", "exists", name) && ours(podman, state, name)) {
                podman.attempt("rm", "--force", "--ignore", "--time", "0", name);
            }
            for (Path key : secrets.hostKeys()) {
                podman.attempt("secret", "rm", name + "-" + key.getFileName());
                Path mountPoint = state.hostConfig(host).resolve(key.getFileName());
                if (Files.isRegularFile(mountPoint) && size(mountPoint) == 0) {
                    delete(mountPoint);
                }
            }
        }
    }

    /** A container of this name that a killed run of this state left is removed; one of anything else is refused. */
    private void removeLeftover(String name) {
        if (!podman.attempt("container", "exists", name)) {
            return;
        }
        if (!ours(podman, state, name)) {
            throw new UserError("A container named " + name + " exists and is not this state's; remove or rename it first.");
        }
        podman.run("rm", "--force", "--time", "0", name);
    }

    private static boolean ours(Podman podman, StateDir state, String name) {
        return state.root().toString().equals(
                podman.run("container", "inspect", "--format", "{{index .Config.Labels \"" + STATE_LABEL + "\"}}", name));
    }

    /** The user and group that own the state: the containers' processes run as them and no one else. */
    private String owner() {
        try {
            return Files.getAttribute(state.root(), "unix:uid") + ":" + Files.getAttribute(state.root(), "unix:gid");
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
