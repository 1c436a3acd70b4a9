package dev.steadfast.ops.domain;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.jboss.dmr.ModelNode;

import dev.steadfast.ops.health.HttpsProbe;
import dev.steadfast.ops.management.Management;
import dev.steadfast.ops.topology.Group;
import dev.steadfast.ops.topology.Server;
import dev.steadfast.ops.topology.Topology;

/**
 * One server's turn in a rolling change ({@link Rollout}): taken out of the balancer (mod_cluster stops its contexts
 * there and waits for the requests the balancer counts, so sticky sessions go to their other owner), given
 * {@link #ROUTED_GRACE} for requests already routed to it, drained by a graceful stop (in-flight requests get
 * {@link #DRAIN} to finish), stopped, moved into another server group when it is to be, started with its contexts
 * disabled at the balancer, and watched until it is ready (running what it must) and its group redundant; only then
 * is it back in the balancer. A server that did not pass within the bound stays out of it.
 */
record ServerTurn(Management management, Topology topology, HttpsProbe probe, PrintStream out, Duration readyWithin, Consumer<String> moments) {

    /** How long a server's in-flight requests get to finish once the balancer sends it no more (its suspend time-out). */
    static final Duration DRAIN = Duration.ofSeconds(10);
    private static final Duration STOP_BOUND = DRAIN.plusMinutes(1);
    private static final Duration START_BOUND = Duration.ofMinutes(4);
    private static final Duration RESTORE_BOUND = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(500);
    /**
     * How long requests the balancer routed to a server just before it stopped the server's contexts get to arrive
     * before the server suspends: a drain that ended while one was still on its way would leave it to a suspended
     * server, which answers 503 (docs/reasons.md#rolling-deployments).
     */
    private static final Duration ROUTED_GRACE = Duration.ofMillis(500);

    /**
     * One server's turn, each time counted from the moment it was taken out: stopped, started, ready (running what it
     * must), and its group redundant; what was still missing when the bound ran out, empty when it passed.
     */
    record Step(Server server, String from, String to, Duration stopped, Duration started, Optional<Duration> ready,
                Optional<Duration> redundant, List<String> missing) {

        boolean passed() {
            return missing.isEmpty();
        }
    }

    /**
     * One server's turn: out and drained, stopped, moved into {@code into} (when it is not there), started, then
     * watched until it is ready, runs {@code mustRun} when named, and its group is redundant, or the bound runs out.
     * Whatever goes wrong (a stop or start that fails or outlasts its bound, a release that crashes) is a failed step,
     * never an exception that would skip a rollback. The supervisor leaves the server alone from the stop until the
     * outcome: {@code auto-start} is off until then (a release that crashes at boot is not started again into the new
     * twin) and on again whatever happens, the command's own end by a signal included.
     */
    Step take(Group group, Server s, String into, Optional<String> mustRun) {
        ModelNode config = Management.address("host", s.host().name(), "server-config", s.name());
        String from = management.readAttribute(config, "group").asString();
        long began = System.nanoTime();
        Duration[] times = {Duration.ZERO, Duration.ZERO};
        // Bounded: a command ended by a signal must end even when the domain controller does not answer.
        Thread restoreOnExit = new Thread(() -> management.executeRaw(autoStart(config, true), RESTORE_BOUND), "auto-start " + s.name() + " on exit");
        Runtime.getRuntime().addShutdownHook(restoreOnExit);
        Step step;
        try {
            management.execute(autoStart(config, false));
            step = watch(group, s, config, from, into, mustRun, began, times);
        } catch (RuntimeException e) {
            step = new Step(s, from, into, times[0], times[1], Optional.empty(), Optional.empty(), List.of(String.valueOf(e.getMessage())));
        }
        ModelNode restored = management.executeRaw(autoStart(config, true), RESTORE_BOUND);
        try {
            Runtime.getRuntime().removeShutdownHook(restoreOnExit);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is ending: the hook restores auto-start itself.
        }
        if (!"success".equals(restored.get("outcome").asString())) {
            List<String> missing = new ArrayList<>(step.missing());
            missing.add("auto-start of " + s.name() + " could not be set back to true: " + restored.get("failure-description").asString());
            return new Step(s, from, into, step.stopped(), step.started(), step.ready(), step.redundant(), missing);
        }
        return step;
    }

    private Step watch(Group group, Server s, ModelNode config, String from, String into, Optional<String> mustRun, long began, Duration[] times) {
        out.printf("steadfast: %s: out of the balancer, draining for at most %d s, stopping%n", s.name(), DRAIN.toSeconds());
        moments.accept(s.name() + " out");
        balancer(s, "stop");
        DrillObserver.sleep(ROUTED_GRACE);
        ModelNode stop = Management.op("stop", config);
        stop.get("blocking").set(true);
        stop.get("suspend-timeout").set((int) DRAIN.toSeconds());
        require(management.executeUncancelled(stop, STOP_BOUND), s, "stop");
        times[0] = since(began);
        if (!from.equals(into)) {
            write(config, "group", new ModelNode(into));
        }
        out.printf("steadfast: %s: stopped after %.1f s; starting it%s%n", s.name(), seconds(times[0]), from.equals(into) ? "" : " in " + into);
        ModelNode start = Management.op("start", config);
        start.get("blocking").set(true);
        ModelNode started = management.executeUncancelled(start, readyWithin.compareTo(START_BOUND) > 0 ? readyWithin : START_BOUND);
        require(started, s, "start");
        if (started.get("result").isDefined() && !"STARTED".equals(started.get("result").asString())) {
            throw new IllegalStateException(s.name() + " did not start: its host controller says " + started.get("result").asString());
        }
        times[1] = since(began);
        moments.accept(s.name() + " started");
        // mod_cluster enables a server's contexts as soon as they are deployed: kept from new sessions until it passed the gate.
        balancer(s, "disable");
        Optional<Duration> ready = Optional.empty();
        long deadline = System.nanoTime() + readyWithin.toNanos();
        while (true) {
            DomainView view = DomainView.read(management, topology, probe);
            ServerView server = view.servers().stream().filter(v -> v.server().equals(s.name())).findFirst().orElseThrow();
            List<String> missing = new ArrayList<>(server.notReady());
            mustRun.filter(n -> server.running() && !server.deploymentNames().contains(n)).ifPresent(n -> missing.add(s.name() + " does not run " + n));
            if (missing.isEmpty() && ready.isEmpty()) {
                ready = Optional.of(since(began));
                out.printf("steadfast: %s: ready after %.1f s%n", s.name(), seconds(ready.get()));
            }
            if (missing.isEmpty()) {
                missing.addAll(Readiness.redundancyMissing(group, view));
                if (missing.isEmpty() && Readiness.redundant(group, view)) {
                    Duration redundant = since(began);
                    balancer(s, "enable");
                    moments.accept(s.name() + " back in");
                    out.printf("steadfast: %s: %s redundant after %.1f s; back in the balancer%n", s.name(), group.name(), seconds(redundant));
                    return new Step(s, from, into, times[0], times[1], ready, Optional.of(redundant), List.of());
                }
            }
            // A deployment that failed does not get better by waiting.
            boolean failed = server.deployments().stream().anyMatch(d -> "FAILED".equals(d.status()));
            if (failed || System.nanoTime() > deadline) {
                return new Step(s, from, into, times[0], times[1], ready, Optional.empty(), missing.isEmpty() ? List.of("not redundant") : missing);
            }
            DrillObserver.sleep(POLL);
        }
    }

    private static ModelNode autoStart(ModelNode config, boolean on) {
        ModelNode op = Management.op("write-attribute", config);
        op.get("name").set("auto-start");
        op.get("value").set(on);
        return op;
    }

    /**
     * Enables or disables every context of the server at the balancer (mod_cluster ENABLE-APP, DISABLE-APP): a disabled
     * one gets no new session, only requests of sessions already sticky to it, and a server just started has none.
     */
    void balancer(Server s, String operation) {
        management.execute(Management.op(operation, Management.address("host", s.host().name(), "server", s.name(),
                "subsystem", "modcluster", "proxy", "default")));
    }

    private void write(ModelNode address, String attribute, ModelNode value) {
        ModelNode op = Management.op("write-attribute", address);
        op.get("name").set(attribute);
        op.get("value").set(value);
        management.execute(op);
    }

    private static void require(ModelNode response, Server s, String what) {
        if (!"success".equals(response.get("outcome").asString())) {
            throw new IllegalStateException("the " + what + " of " + s.name() + " failed: " + response.get("failure-description").asString());
        }
    }

    static String table(List<Step> steps) {
        StringBuilder sb = new StringBuilder(String.format("%-10s %-48s %9s %9s %9s %10s%n", "SERVER", "SERVER GROUP", "STOPPED", "STARTED", "READY", "REDUNDANT"));
        for (Step s : steps) {
            sb.append(String.format("%-10s %-48s %9s %9s %9s %10s%n", s.server().name(), s.from().equals(s.to()) ? s.from() : s.from() + " -> " + s.to(), format(Optional.of(s.stopped())),
                    format(Optional.of(s.started())), format(s.ready()), format(s.redundant())));
        }
        return sb.toString();
    }

    private static String format(Optional<Duration> d) {
        return d.map(x -> String.format("%.1f s", seconds(x))).orElse("never");
    }

    private static Duration since(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos);
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }
}
