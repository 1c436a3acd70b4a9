package dev.steadfast.ops.domain;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import dev.steadfast.ops.provision.StateDir;
import dev.steadfast.ops.system.PrivateFiles;
import dev.steadfast.ops.system.Processes;
import dev.steadfast.ops.system.StartedProcess;
import dev.steadfast.ops.topology.Host;

/**
 * Starts a host's supervisor as a process of its own, {@code steadfast supervise --host NAME --base-dir DIR} on this
 * command's own class path and state directory, with a small heap (the base directory, under the state directory, also
 * makes the process recognisable on its command line); its lines go to {@code logs/supervisor-NAME.log}. On a real
 * host a service manager runs the same command (docs/operations.md#the-supervisor-as-a-service).
 */
record SupervisorLauncher(StateDir state, Path wildflyDistribution) {

    private static final String ROLE_PREFIX = "supervisor-";

    /** Its role among the processes {@code up} started. */
    static String role(String host) {
        return ROLE_PREFIX + host;
    }

    static boolean isSupervisor(String role) {
        return role.startsWith(ROLE_PREFIX);
    }

    StartedProcess launch(Host host) {
        Path log = PrivateFiles.directory(state.logs()).resolve("supervisor-" + host.name() + ".log");
        if (!log.toFile().exists()) {
            PrivateFiles.write(log, "");
        }
        ProcessBuilder pb = new ProcessBuilder(Processes.javaBin("java").toString(), "-Xmx48m", "-XX:+UseSerialGC",
                "-Dsteadfast.wildfly.distribution=" + (wildflyDistribution == null ? "" : wildflyDistribution),
                "-cp", System.getProperty("java.class.path"), "dev.steadfast.ops.cli.Steadfast", "supervise", "--host", host.name(),
                "--base-dir", state.host(host.name()).toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().put("STEADFAST_STATE", state.root().toString());
        try {
            return StartedProcess.of(role(host.name()), pb.start().pid());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
