package dev.steadfast.ops.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import dev.steadfast.ops.provision.StateDir;
import dev.steadfast.ops.supervision.EventLog;
import dev.steadfast.ops.supervision.SupervisorEvent;
import dev.steadfast.ops.system.StartedProcess;
import dev.steadfast.ops.topology.Host;

/**
 * A host's supervisor as {@code status} shows it: whether it runs, and what it did since {@code up} started it: servers
 * fenced, servers restarted after a crash, the servers it gave up on (a crash loop) and nobody has started since, and
 * whether its host's cluster link is cut now, with the servers it isolated for that (docs/reasons.md#partitions).
 */
record SupervisorView(String host, boolean running, List<SupervisorEvent> events) {

    static SupervisorView read(StateDir state, RunningState running, Host host) {
        Optional<StartedProcess> process = running.ofRole(SupervisorLauncher.role(host.name())).stream().findFirst();
        Instant since = process.map(StartedProcess::start).orElse(Instant.MAX);
        List<SupervisorEvent> events = process.isEmpty() ? List.of() : EventLog.of(state.logs(), host.name()).since(since);
        return new SupervisorView(host.name(), process.map(StartedProcess::alive).orElse(false), events);
    }

    long fences() {
        return events.stream().filter(e -> SupervisorEvent.FENCED.equals(e.kind())).count();
    }

    long restarts() {
        return events.stream().filter(e -> SupervisorEvent.RESTARTED.equals(e.kind())).count();
    }

    /** The servers given up on in a crash loop and not recovered since. */
    Set<String> crashLoops() {
        Set<String> servers = new TreeSet<>();
        for (SupervisorEvent e : events) {
            if (SupervisorEvent.CRASH_LOOP.equals(e.kind())) {
                servers.add(e.server());
            } else if (SupervisorEvent.RECOVERED.equals(e.kind())) {
                servers.remove(e.server());
            }
        }
        return servers;
    }

    /**
     * Whether this host's cluster link to the domain controller's side is cut now: its last link event is a cut, and
     * the supervisor that saw it still runs (a stopped one no longer knows).
     */
    boolean linkCut() {
        boolean cut = false;
        for (SupervisorEvent e : events) {
            if (SupervisorEvent.LINK_CUT.equals(e.kind())) {
                cut = true;
            } else if (SupervisorEvent.LINK_BACK.equals(e.kind())) {
                cut = false;
            }
        }
        return running && cut;
    }

    /**
     * The servers killed and kept stopped for the cut this host's link is in now: none once the link is back, or once
     * the supervisor that keeps them stopped no longer runs. Independent of {@link #linkCut()}: the link's watch and a
     * server's watch are two threads, and either event may come first in the log.
     */
    Set<String> isolated() {
        Set<String> servers = new TreeSet<>();
        for (SupervisorEvent e : events) {
            switch (e.kind()) {
                case SupervisorEvent.ISOLATED -> servers.add(e.server());
                case SupervisorEvent.REJOINED -> servers.remove(e.server());
                case SupervisorEvent.LINK_BACK -> servers.clear();
                default -> { }
            }
        }
        return running ? servers : Set.of();
    }
}
