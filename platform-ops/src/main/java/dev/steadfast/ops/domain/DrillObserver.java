package dev.steadfast.ops.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.function.Supplier;

import dev.steadfast.ops.drill.Mark;
import dev.steadfast.ops.drill.SessionLoad;
import dev.steadfast.ops.health.HttpsProbe;
import dev.steadfast.ops.management.Management;
import dev.steadfast.ops.provision.StateDir;
import dev.steadfast.ops.supervision.EventLog;
import dev.steadfast.ops.supervision.SupervisorEvent;
import dev.steadfast.ops.topology.Group;
import dev.steadfast.ops.topology.Server;
import dev.steadfast.ops.topology.Topology;

/**
 * Watches the domain while a drill runs, on the load's clock: waits for what a drill needs (the group redundant, a
 * server live again, a supervisor event) and marks when each moment came.
 */
final class DrillObserver {

    private static final Duration POLL = Duration.ofMillis(250);

    private final Management management;
    private final Topology topology;
    private final Group group;
    private final HttpsProbe probe;
    private final StateDir state;
    private final SessionLoad load;
    private final Instant loadStart;
    private final List<Mark> marks = new CopyOnWriteArrayList<>();
    private final List<Fault> faults = new CopyOnWriteArrayList<>();

    /** A fault injected into a server, on the load's clock. */
    record Fault(String server, long atMillis) {}

    DrillObserver(Management management, Topology topology, Group group, HttpsProbe probe, StateDir state, SessionLoad load) {
        this.management = management;
        this.topology = topology;
        this.group = group;
        this.probe = probe;
        this.state = state;
        this.load = load;
        this.loadStart = Instant.now().minusMillis(load.millisSinceStart());
    }

    DomainView view() {
        return DomainView.read(management, topology, probe);
    }

    boolean redundant(DomainView view) {
        return Readiness.redundant(group, view);
    }

    Optional<ServerView> server(DomainView view, Server server) {
        return view.servers().stream().filter(s -> s.server().equals(server.name())).findFirst();
    }

    /** Marks this moment and returns it. */
    Mark mark(String label) {
        Mark m = load.mark(label);
        marks.add(m);
        return m;
    }

    /** Marks an event at the moment it happened (an instant of the supervisor's log). */
    Mark mark(String label, Instant at) {
        Mark m = new Mark(label, Duration.between(loadStart, at).toMillis());
        marks.add(m);
        return m;
    }

    /** Marks a fault injected into a server at {@code at} ("kill apps-2") and remembers it. */
    Mark fault(String verb, Server server, Instant at) {
        Mark m = mark(verb + " " + server.name(), at);
        faults.add(new Fault(server.name(), m.atMillis()));
        return m;
    }

    /** Remembers that a fault marked already struck this server too (a cut strikes both its sides at once). */
    void struck(Server server, Mark at) {
        faults.add(new Fault(server.name(), at.atMillis()));
    }

    List<Fault> faults() {
        return List.copyOf(faults);
    }

    List<Mark> marks() {
        return List.copyOf(marks);
    }

    /** Waits until the domain shows what {@code condition} asks, within {@code timeout}; marks it under {@code label}. */
    Optional<Mark> await(String label, Predicate<DomainView> condition, Duration timeout) {
        return poll(() -> condition.test(view()) ? Optional.of(mark(label)) : Optional.<Mark>empty(), timeout);
    }

    /**
     * What a database outage did to these servers, looked at every poll for {@code during}: the first moment all of them
     * were live and not ready (marked "not ready"), and those that were, at some moment, not live.
     */
    OutageWatch watchOutage(List<Server> servers, Duration during) {
        Optional<Mark> notReady = Optional.empty();
        Set<String> notLive = new TreeSet<>();
        long deadline = System.nanoTime() + during.toNanos();
        while (System.nanoTime() < deadline) {
            DomainView v = view();
            servers.stream().filter(s -> !server(v, s).map(ServerView::live).orElse(false)).forEach(s -> notLive.add(s.name()));
            if (notReady.isEmpty() && servers.stream().allMatch(s -> server(v, s).map(sv -> sv.live() && !sv.notReady().isEmpty()).orElse(false))) {
                notReady = Optional.of(mark("not ready"));
            }
            sleep(POLL);
        }
        return new OutageWatch(notReady, notLive);
    }

    /** What {@link #watchOutage} saw. */
    record OutageWatch(Optional<Mark> notReady, Set<String> notLive) {}

    /** The first event of these kinds for this server at or after {@code since}, waited for within {@code timeout}. */
    Optional<SupervisorEvent> awaitEvent(Server server, List<String> kinds, Instant since, Duration timeout) {
        return poll(() -> events(server, since).stream().filter(e -> kinds.contains(e.kind())).findFirst(), timeout);
    }

    /** Whether {@code status} lists the server as given up on, as an operator would see it. */
    boolean statusShowsCrashLoop(Server server) {
        return SupervisorView.read(state, RunningState.require(state), server.host()).crashLoops().contains(server.name());
    }

    /** Whether {@code status} lists the server as isolated for a cut of its host's cluster link, as an operator would see it. */
    boolean statusShowsIsolation(Server server) {
        return SupervisorView.read(state, RunningState.require(state), server.host()).isolated().contains(server.name());
    }

    /** Whether the supervisor of the server's host runs: without it a hang is left to the cluster, and a drill proves nothing. */
    boolean supervised(Server server) {
        return SupervisorView.read(state, RunningState.require(state), server.host()).running();
    }

    /** The server's next JVM, once one other than {@code previous} runs, within {@code timeout}. */
    Optional<ServerProcess> awaitProcess(Server server, ServerProcess previous, Duration timeout) {
        long pid = previous.jvm().process().pid();
        return poll(() -> ServerProcess.find(state, server).filter(p -> p.jvm().process().pid() != pid), timeout);
    }

    /** Asks every {@link #POLL} until there is an answer or the time is up. */
    private static <T> Optional<T> poll(Supplier<Optional<T>> ask, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<T> answer = ask.get();
            if (answer.isPresent()) {
                return answer;
            }
            sleep(POLL);
        }
        return Optional.empty();
    }

    List<SupervisorEvent> events(Server server, Instant since) {
        return EventLog.of(state.logs(), server.host().name()).since(since).stream()
                .filter(e -> e.server().equals(server.name())).toList();
    }

    /** Sleeps until {@code moment}, not at all when it has passed. */
    static void sleepUntil(Instant moment) {
        Duration rest = Duration.between(Instant.now(), moment);
        if (!rest.isNegative()) {
            sleep(rest);
        }
    }

    static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
