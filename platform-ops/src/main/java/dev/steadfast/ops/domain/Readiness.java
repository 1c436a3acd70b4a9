package dev.steadfast.ops.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.steadfast.ops.topology.Group;
import dev.steadfast.ops.topology.Host;
import dev.steadfast.ops.topology.Topology;

/**
 * Whether a domain is ready and redundant, and if not, what is missing, in words (docs/reasons.md#health-vocabulary):
 * every host registered, every server ready (live, running, deployments OK, applications ready, workers registered at
 * the balancer), and every application group redundant: each member sees the same view (one view id) whose members are
 * exactly the group's servers, and Infinispan says its web caches are HEALTHY (available, no rebalance in progress) on
 * every member, so every session has its two owners. A split (each side sees itself), a view that still lists a
 * stopped server, one side that installed a merge the other has not yet, or a rebalance still moving sessions, are
 * all "not redundant".
 */
final class Readiness {

    private Readiness() {}

    static List<String> missing(Topology topology, DomainView view) {
        List<String> missing = new ArrayList<>();
        topology.hosts().stream().map(Host::name).filter(h -> !view.hosts().contains(h))
                .forEach(h -> missing.add("host " + h + " not registered"));
        view.servers().forEach(s -> missing.addAll(s.notReady()));
        for (Group g : topology.workerGroups()) {
            missing.addAll(redundancyMissing(g, view));
        }
        return missing;
    }

    /** Whether every member of the group holds a complete copy of the sessions again. */
    static boolean redundant(Group group, DomainView view) {
        return redundancyMissing(group, view).isEmpty() && view.servers().stream()
                .filter(s -> s.group().equals(group.name())).allMatch(s -> s.running() && s.live());
    }

    /** What keeps the group from being redundant, in words; empty when every running, live member has it. */
    static List<String> redundancyMissing(Group group, DomainView view) {
        Set<String> expected = new TreeSet<>(group.serverNames());
        List<String> missing = new ArrayList<>();
        Set<String> viewIds = new TreeSet<>();
        for (ServerView s : view.servers()) {
            if (!s.group().equals(group.name()) || !s.running() || !s.live()) {
                continue;
            }
            if (s.view().isEmpty()) {
                missing.add(s.server() + " has no cluster view");
            } else if (!s.view().get().hasExactly(expected)) {
                missing.add(s.server() + " sees " + s.view().get().members() + ", not " + expected);
            } else if (!s.probe().map(p -> p.healthy() && p.nodes() == expected.size()).orElse(false)) {
                missing.add(s.server() + "'s session caches are " + s.probe().map(p -> p.health().isEmpty() ? "not cached yet" : p.health()).orElse("unknown"));
            } else {
                viewIds.add(s.view().get().id());
            }
        }
        if (missing.isEmpty() && viewIds.size() > 1) {
            missing.add("the members of " + group.name() + " see different views " + viewIds);
        }
        return missing;
    }
}
