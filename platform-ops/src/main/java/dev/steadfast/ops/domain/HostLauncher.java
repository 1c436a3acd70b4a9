package dev.steadfast.ops.domain;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import dev.steadfast.ops.provision.Installation;
import dev.steadfast.ops.provision.StateDir;
import dev.steadfast.ops.system.PrivateFiles;
import dev.steadfast.ops.system.ProcessTree;
import dev.steadfast.ops.system.StartedProcess;
import dev.steadfast.ops.topology.Host;
import dev.steadfast.ops.topology.Topology;

/**
 * Starts a host controller with the distribution's own {@code domain.sh}, in the host's base directory, in the
 * background, with the JVM settings of the topology's environment and the host's class-data-sharing archives (when
 * kept), on the JVM that runs this tool; returns the launcher's process id once {@code domain.sh} wrote its pid file. A launcher
 * that never gets there is killed with its children.
 */
record HostLauncher(Installation installation, StateDir state, Topology topology, boolean classDataArchives) {

    private static final Duration PID_FILE_TIMEOUT = Duration.ofSeconds(30);

    StartedProcess launch(Host h) {
        ClassDataArchives archives = new ClassDataArchives(state, installation, topology, classDataArchives);
        archives.prepare(h);
        Path pidFile = PrivateFiles.directory(state.run()).resolve(h.name() + ".pid");
        Path log = PrivateFiles.directory(state.logs()).resolve(h.name() + "-console.log");
        try {
            Files.deleteIfExists(pidFile);
            ProcessBuilder pb = new ProcessBuilder(installation.bin("domain.sh").toString(),
                    "--host-config=" + h.hostConfigFile(),
                    "-Djboss.domain.base.dir=" + state.host(h.name()), "-Djboss.host.name=" + h.name(),
                    "-Djava.net.preferIPv4Stack=true")
                    .redirectErrorStream(true).redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            pb.environment().put("JBOSS_HOME", installation.home().toString());
            pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
            pb.environment().remove("JAVA"); // domain.sh prefers it to JAVA_HOME
            pb.environment().put("JBOSS_PIDFILE", pidFile.toString());
            pb.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
            pb.environment().put("PROCESS_CONTROLLER_JAVA_OPTS", topology.env("process-controller.java-opts") + " "
                    + archives.processControllerOption(h));
            pb.environment().put("HOST_CONTROLLER_JAVA_OPTS", topology.env("host-controller.java-opts") + " "
                    + archives.hostControllerOption(h) + " " + archives.serverOptionProperty(h));
            Process shell = pb.start();
            long deadline = System.nanoTime() + PID_FILE_TIMEOUT.toNanos();
            while (PrivateFiles.read(pidFile).isBlank()) {
                if (!shell.isAlive() || System.nanoTime() > deadline) {
                    ProcessTree.kill(shell.toHandle());
                    throw new IllegalStateException("Host controller " + h.name() + " did not start; see " + log);
                }
                Thread.sleep(50);
            }
            return StartedProcess.of(h.name(), shell.pid());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
