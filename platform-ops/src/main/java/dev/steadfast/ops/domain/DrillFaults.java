package dev.steadfast.ops.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jboss.dmr.ModelNode;

import dev.steadfast.ops.drill.DrillReport;
import dev.steadfast.ops.drill.Mark;
import dev.steadfast.ops.management.Management;
import dev.steadfast.ops.provision.StateDir;
import dev.steadfast.ops.supervision.SupervisorEvent;
import dev.steadfast.ops.supervision.SupervisorSettings;
import dev.steadfast.ops.topology.Server;

/**
 * The faults a drill injects into one server and what it waits for afterwards, each moment marked on the load's clock:
 * the supervisor's answer (detect), the server live again, ready again, and its group redundant again. Every wait is
 * bounded; a moment that never came is missing from the report, and the drill fails.
 */
record DrillFaults(DrillObserver observer, StateDir state, Management management, List<String> findings) {

    /** How long a SIGSTOP lasts: the hang the issue measured, well past the fence bound. */
    static final Duration HANG = Duration.ofSeconds(20);
    /** How long the database stays down: as long as a hang, so that a fence for it would surely have come. */
    static final Duration OUTAGE = Duration.ofSeconds(20);
    /** The phase from the database's return to every worker ready again. */
    static final String READY_AFTER_DATABASE = "time to ready after the database came back";
    private static final Duration RECOVERY = Duration.ofMinutes(3);
    /** How far into its boot a server in a crash loop dies. */
    private static final Duration BOOTING = Duration.ofSeconds(3);

    /** kill -9 of the server's JVM; the supervisor is to restart it. */
    Map<String, Duration> kill(Server target) {
        Instant fault = Instant.now();
        ServerProcess.require(state, target).kill();
        Mark at = observer.fault("kill", target, fault);
        return recovery(target, at, fault, List.of(SupervisorEvent.RESTARTED, SupervisorEvent.FENCED), "restarted");
    }

    /** SIGSTOP for {@link #HANG}, then SIGCONT if it still runs; the supervisor is to fence it long before. */
    Map<String, Duration> hang(Server target) {
        ServerProcess process = ServerProcess.require(state, target);
        // However the drill ends (a failure, Ctrl-C), the frozen JVM is not left frozen.
        Thread resumeOnExit = new Thread(process::resume, "resume " + target.name() + " on exit");
        Runtime.getRuntime().addShutdownHook(resumeOnExit);
        Instant fault = Instant.now();
        process.freeze();
        Mark at = observer.fault("freeze", target, fault);
        Thread resume = new Thread(() -> {
            DrillObserver.sleep(HANG);
            if (process.resume()) {
                observer.mark("SIGCONT");
            }
        }, "resume " + target.name());
        resume.setDaemon(true);
        resume.start();
        try {
            Map<String, Duration> phases = recovery(target, at, fault, List.of(SupervisorEvent.FENCED), "fenced");
            resume.join();
            return phases;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            process.resume();
            Runtime.getRuntime().removeShutdownHook(resumeOnExit);
        }
    }

    /**
     * A server that crashes while it boots, as one with a broken configuration does: kill -9, then kill -9 again a few
     * seconds into each boot the supervisor starts, until the supervisor gives up on it (at most one kill more than its
     * restart limit); then it is started as an operator would, and watched again once it answers. Killing it only once
     * it serves again would kill it during the rebalance, which is a test of a different fault.
     */
    Map<String, Duration> crashLoop(Server target, SupervisorSettings settings) {
        Instant fault = Instant.now();
        Mark at = observer.fault("first kill", target, fault);
        Optional<SupervisorEvent> gaveUp = Optional.empty();
        ServerProcess process = ServerProcess.require(state, target);
        for (int kill = 1; kill <= settings.restartLimit() + 1 && gaveUp.isEmpty(); kill++) {
            Instant killed = Instant.now();
            process.kill();
            if (kill > 1) {
                observer.fault("kill " + kill + " of", target, killed);
            }
            Optional<SupervisorEvent> answer = observer.awaitEvent(target, List.of(SupervisorEvent.RESTARTED, SupervisorEvent.CRASH_LOOP),
                    killed, Duration.ofSeconds(30));
            if (answer.isEmpty()) {
                break;
            }
            if (SupervisorEvent.CRASH_LOOP.equals(answer.get().kind())) {
                gaveUp = answer;
            } else {
                Optional<ServerProcess> next = observer.awaitProcess(target, process, Duration.ofSeconds(30));
                if (next.isEmpty()) {
                    break;
                }
                process = next.get();
                DrillObserver.sleep(BOOTING);
            }
        }
        Map<String, Duration> phases = new LinkedHashMap<>();
        if (gaveUp.isEmpty()) {
            return phases;
        }
        observer.mark("given up", gaveUp.get().at());
        if (observer.statusShowsCrashLoop(target)) {
            observer.mark("status shows the crash loop");
        }
        phases.put(DrillReport.TIME_TO_DETECT, Duration.between(fault, gaveUp.get().at()));
        ModelNode start = Management.op("start", Management.address("host", target.host().name(), "server-config", target.name()));
        start.get("blocking").set(false);
        management.execute(start);
        observer.mark("started by the operator");
        phases.putAll(backToRedundant(target, at));
        return phases;
    }

    /**
     * The domain's database down for {@link #OUTAGE} ({@link DatabaseOutage}), then back. Every worker of the group is
     * to turn not ready (its applications' readiness needs the database) and stay live throughout, so the supervisor
     * does not act; once the database is back, every worker is to be ready again by itself. What did not happen so is
     * a finding, and fails the drill. However the drill ends (a failure, Ctrl-C), the database is not left down.
     */
    Map<String, Duration> databaseOutage(List<Server> workers, DatabaseOutage outage) {
        Thread endOnExit = new Thread(outage::end, "end the database outage on exit");
        Runtime.getRuntime().addShutdownHook(endOnExit);
        Map<String, Duration> phases = new LinkedHashMap<>();
        Mark at;
        try {
            Instant fault = Instant.now();
            outage.begin();
            at = observer.mark("database down", fault);
            DrillObserver.OutageWatch watch = observer.watchOutage(workers, OUTAGE);
            watch.notReady().ifPresentOrElse(m -> phases.put(DrillReport.TIME_TO_DETECT, Duration.ofMillis(m.atMillis() - at.atMillis())),
                    () -> findings.add("not every worker turned not ready while the database was down"));
            if (watch.notLive().isEmpty()) {
                phases.put(DrillReport.TIME_TO_LIVE, Duration.ZERO);
            } else {
                findings.add(watch.notLive() + " stopped answering while the database was down: not ready must never mean not live");
            }
        } finally {
            outage.end();
            Runtime.getRuntime().removeShutdownHook(endOnExit);
        }
        Mark back = observer.mark("database back");
        observer.await("ready", v -> workers.stream().allMatch(w -> observer.server(v, w).map(s -> s.notReady().isEmpty()).orElse(false)), RECOVERY)
                .ifPresentOrElse(m -> {
                    phases.put(DrillReport.TIME_TO_READY, Duration.ofMillis(m.atMillis() - at.atMillis()));
                    phases.put(READY_AFTER_DATABASE, Duration.ofMillis(m.atMillis() - back.atMillis()));
                }, () -> findings.add("not every worker was ready again within " + RECOVERY.toMinutes() + " min of the database's return"));
        observer.await("redundant", observer::redundant, RECOVERY)
                .ifPresent(m -> phases.put(DrillReport.TIME_TO_REDUNDANT, Duration.ofMillis(m.atMillis() - at.atMillis())));
        return phases;
    }

    /**
     * The cluster link between the hosts cut for {@code length} ({@link NetworkCut}), then restored. The target's host
     * has no domain controller: its supervisor is to isolate it (kill it and keep it stopped) before the cluster's
     * failure detection could split the view, and to start it once the link is back, so that it joins afresh; the
     * other side is to go on serving and nothing is to be done to it. However the drill ends (a failure, Ctrl-C),
     * the link is not left cut.
     */
    Map<String, Duration> partition(Server target, List<Server> group, NetworkCut cut, Duration length) {
        List<Server> keepServing = group.stream().filter(s -> s.host().domainController()).toList();
        Thread healOnExit = new Thread(NetworkCut::heal, "heal the cut on exit");
        Runtime.getRuntime().addShutdownHook(healOnExit);
        Map<String, Duration> phases = new LinkedHashMap<>();
        Instant fault = Instant.now();
        Mark at;
        try {
            cut.cut();
            at = observer.mark("link cut", fault);
            // A write either side answered the moment the link went had its commit still to replicate: WildFly's
            // answer-before-commit window (docs/reasons.md#acknowledged-before-replicated), counted apart.
            group.forEach(s -> observer.struck(s, at));
            observer.awaitEvent(target, List.of(SupervisorEvent.ISOLATED), fault, length).ifPresentOrElse(e -> {
                observer.fault("isolated", target, e.at());
                phases.put(DrillReport.TIME_TO_DETECT, Duration.between(fault, e.at()));
                if (observer.statusShowsIsolation(target)) {
                    observer.mark("status shows the isolation", Instant.now());
                } else {
                    findings.add(target.name() + " was isolated but status did not show it");
                }
            }, () -> findings.add(target.name() + " was not isolated while the link was cut"));
            DrillObserver.sleepUntil(fault.plus(length));
        } finally {
            NetworkCut.heal();
            Runtime.getRuntime().removeShutdownHook(healOnExit);
        }
        Instant healed = Instant.now();
        observer.mark("link back", healed);
        if (phases.containsKey(DrillReport.TIME_TO_DETECT)) {
            observer.awaitEvent(target, List.of(SupervisorEvent.REJOINED), healed, Duration.ofSeconds(60))
                    .ifPresentOrElse(e -> observer.mark("rejoining", e.at()), () -> findings.add(target.name() + " was not started once the link was back"));
        }
        phases.putAll(backToRedundant(target, at));
        for (Server other : keepServing) {
            List<SupervisorEvent> acts = observer.events(other, fault).stream().filter(e -> List.of(SupervisorEvent.FENCED,
                    SupervisorEvent.RESTARTED, SupervisorEvent.CRASH_LOOP, SupervisorEvent.ISOLATED).contains(e.kind())).toList();
            if (!acts.isEmpty()) {
                findings.add("the supervisor acted on " + other.name() + ", on the side that keeps serving: "
                        + acts.stream().map(SupervisorEvent::kind).toList());
            }
        }
        return phases;
    }

    private Map<String, Duration> recovery(Server target, Mark at, Instant fault, List<String> answers, String label) {
        Map<String, Duration> phases = new LinkedHashMap<>();
        observer.awaitEvent(target, answers, fault, Duration.ofSeconds(60)).ifPresent(e -> {
            observer.mark(label, e.at());
            phases.put(DrillReport.TIME_TO_DETECT, Duration.between(fault, e.at()));
        });
        phases.putAll(backToRedundant(target, at));
        return phases;
    }

    private Map<String, Duration> backToRedundant(Server target, Mark at) {
        Map<String, Duration> phases = new LinkedHashMap<>();
        observer.await("live", v -> observer.server(v, target).map(s -> s.live() && s.running()).orElse(false), RECOVERY)
                .ifPresent(m -> phases.put(DrillReport.TIME_TO_LIVE, Duration.ofMillis(m.atMillis() - at.atMillis())));
        observer.await("ready", v -> observer.server(v, target).map(s -> s.notReady().isEmpty()).orElse(false), RECOVERY)
                .ifPresent(m -> phases.put(DrillReport.TIME_TO_READY, Duration.ofMillis(m.atMillis() - at.atMillis())));
        observer.await("redundant", observer::redundant, RECOVERY)
                .ifPresent(m -> phases.put(DrillReport.TIME_TO_REDUNDANT, Duration.ofMillis(m.atMillis() - at.atMillis())));
        return phases;
    }

    /** The settings that shaped a drill, for its report. */
    static Map<String, String> settings(SupervisorSettings s, int sessions) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("sessions", String.valueOf(sessions));
        settings.put("pace", Drill.PACE.toMillis() + " ms between a session's requests");
        settings.put("request bound (balancer max-request-time)", Drill.REQUEST_BOUND.toSeconds() + " s");
        settings.put("probe", "every " + s.period().toMillis() + " ms, read time-out " + s.readTimeout().toMillis() + " ms, fence after "
                + s.misses() + " misses (bound " + s.fenceBound().toSeconds() + " s)");
        settings.put("crash loop", "more than " + s.restartLimit() + " restarts within " + s.restartWindow().toSeconds() + " s");
        settings.put("hang", HANG.toSeconds() + " s SIGSTOP");
        settings.put("database outage", OUTAGE.toSeconds() + " s");
        return settings;
    }
}
