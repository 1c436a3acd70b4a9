package dev.steadfast.ops.domain;

import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.jboss.dmr.ModelNode;

import dev.steadfast.ops.UserError;
import dev.steadfast.ops.management.Management;
import dev.steadfast.ops.provision.Secrets;
import dev.steadfast.ops.provision.StateDir;
import dev.steadfast.ops.system.ProcessTree;
import dev.steadfast.ops.topology.Host;
import dev.steadfast.ops.topology.Topology;

/**
 * {@code down}: stops the supervisors first (one that saw its servers stop would start them again), then shuts every
 * host controller down through the domain controller, secondaries first; each suspends its servers together, lets
 * requests in flight drain for up to {@value #SUSPEND_SECONDS} s (the balancer's bound on any request, so nothing
 * legitimate is cut) and stops them. Finally it makes sure that exactly the processes {@code up} started have ended,
 * the database last, which is told to stop like every other. A domain controller that does not answer is stopped
 * by process id alone. Hosts in containers leave nothing behind: their containers, their secrets and the files those
 * were mounted on are removed. On a healthy domain all of it takes about 10 s, and up to 40 s in a state's first session, when
 * every JVM writes its class-data archive as it exits (docs/reasons.md#a-quick-down).
 */
record Shutdown(StateDir state, PrintStream out) {

    static final int SUSPEND_SECONDS = 10;
    private static final Duration HOST_STOP_GRACE = Duration.ofSeconds(SUSPEND_SECONDS + 20);

    void down() {
        Optional<RunningState> found = RunningState.read(state);
        if (found.isEmpty()) {
            // Hosts in containers that a reboot or a kill stopped leave their containers and secrets, and nothing else.
            if (Files.isDirectory(state.containers()) && HostContainers.remove(HostContainers.podman(state), state)) {
                out.println("Steadfast is down: removed the containers, secrets and mount points its stopped hosts left.");
                return;
            }
            throw new UserError("Nothing to stop: steadfast is not up.");
        }
        RunningState running = found.get();
        Optional<Topology> topology;
        try {
            topology = Optional.of(Topology.load(running.topologySource()));
        } catch (UserError e) {
            // A topology file moved or changed since up: what up started must still stop.
            out.println("steadfast: the topology of this domain (" + running.topologySource() + ") cannot be read; stopping what up started by process id.");
            topology = Optional.empty();
        }
        down(topology, running);
    }

    private void down(Optional<Topology> known, RunningState running) {
        // The supervisors end while the management connection is made (seconds each), and before any server stops.
        CompletableFuture<Void> supervisors = CompletableFuture.runAsync(() -> ProcessTree.stop(running.supervisors(), Duration.ZERO));
        Duration grace = known.map(t -> shutDownThroughTheDomainController(t, supervisors)).orElseGet(() -> {
            supervisors.join();
            return Duration.ZERO;
        });
        ProcessTree.stop(running.hostControllers(), grace);
        if (running.containers()) {
            try {
                HostContainers.remove(HostContainers.podman(state), state);
            } catch (RuntimeException e) {
                // The database still stops and the state is still cleared; a later down removes what is left.
                out.println("steadfast: the hosts' containers or secrets could not all be removed (" + e.getMessage() + "); run 'steadfast down' again");
            }
        }
        ProcessTree.stop(running.ofRole(H2Server.ROLE), Duration.ZERO);
        RunningState.clear(state);
        out.println("Steadfast is down: no process left.");
    }

    /** Shuts the host controllers down, each with its servers; the grace their processes get to end by themselves. */
    private Duration shutDownThroughTheDomainController(Topology topology, CompletableFuture<Void> supervisorsStopped) {
        try (Management m = Administrator.connect(topology, new Secrets(state))) {
            m.reachable(); // connects now: the client connects lazily, on its first operation
            supervisorsStopped.join();
            out.println("steadfast: suspending and stopping every server (requests in flight drain for up to " + SUSPEND_SECONDS
                    + " s), then the host controllers");
            List<Host> secondariesFirst = new ArrayList<>(topology.hosts());
            secondariesFirst.sort(Comparator.comparing(Host::domainController));
            for (Host h : secondariesFirst) {
                ModelNode shutdown = Management.op("shutdown", Management.address("host", h.name()));
                shutdown.get("suspend-timeout").set(SUSPEND_SECONDS);
                ModelNode answer = m.executeRaw(shutdown);
                if (!"success".equals(answer.get("outcome").asString())) {
                    // One host that cannot be shut down (not registered, say) stops no other: it is stopped by process id.
                    out.println("steadfast: host controller " + h.name() + " did not shut down (" + answer.get("failure-description")
                            + "); it is stopped by process id");
                }
            }
            return HOST_STOP_GRACE;
        } catch (RuntimeException e) {
            supervisorsStopped.join();
            out.println("steadfast: the domain controller did not answer (" + e.getMessage() + "); stopping by process id");
            return Duration.ZERO;
        }
    }
}
