package dev.steadfast.ops.domain;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jboss.dmr.ModelNode;

import dev.steadfast.ops.management.Management;
import dev.steadfast.ops.provision.Secrets;
import dev.steadfast.ops.provision.StateDir;
import dev.steadfast.ops.system.ProcessTree;
import dev.steadfast.ops.topology.Host;
import dev.steadfast.ops.topology.Topology;

/**
 * {@code down}: suspends every server (in-flight requests drain for up to {@value #SUSPEND_SECONDS} s) and stops it,
 * shuts the secondary host controllers down, then the domain controller, and finally makes sure that exactly the
 * processes {@code up} started have ended (host controllers first, then the H2 server). A domain controller that
 * does not answer is stopped by process id alone.
 */
record Shutdown(StateDir state, PrintStream out) {

    static final int SUSPEND_SECONDS = 20;
    private static final Duration HOST_STOP_GRACE = Duration.ofSeconds(60);

    void down(Optional<Topology> known, RunningState running) {
        Duration grace = Duration.ZERO;
        if (known.isPresent()) {
            grace = stopThroughTheDomainController(known.get());
        }
        // The host controllers end by themselves after their shutdown; the database only when told, and last, so
        // that servers could close their connections.
        ProcessTree.stop(running.notOfRole(H2Server.ROLE), grace);
        ProcessTree.stop(running.ofRole(H2Server.ROLE), Duration.ZERO);
        RunningState.clear(state);
        out.println("Steadfast is down: no process left.");
    }

    /** Suspends and stops the servers, then the host controllers; the grace their processes get to end by themselves. */
    private Duration stopThroughTheDomainController(Topology topology) {
        try (Management m = Administrator.connect(topology, new Secrets(state))) {
            out.println("steadfast: suspending and stopping every server (in-flight requests drain for up to " + SUSPEND_SECONDS + " s)");
            ModelNode stop = Management.op("stop-servers", new ModelNode().setEmptyList());
            stop.get("blocking").set(true);
            stop.get("suspend-timeout").set(SUSPEND_SECONDS);
            m.executeRaw(stop);
            List<Host> secondariesFirst = new ArrayList<>(topology.hosts());
            secondariesFirst.sort(Comparator.comparing(Host::domainController));
            for (Host h : secondariesFirst) {
                out.println("steadfast: stopping host controller " + h.name());
                m.executeRaw(Management.op("shutdown", Management.address("host", h.name())));
            }
            return HOST_STOP_GRACE;
        } catch (RuntimeException e) {
            out.println("steadfast: the domain controller did not answer (" + e.getMessage() + "); stopping by process id");
            return Duration.ZERO;
        }
    }
}
