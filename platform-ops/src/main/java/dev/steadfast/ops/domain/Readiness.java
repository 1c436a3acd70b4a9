package dev.steadfast.ops.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.steadfast.ops.topology.Group;
import dev.steadfast.ops.topology.Host;
import dev.steadfast.ops.topology.Topology;

/**
 * Whether a domain is ready, and if not, what is missing, in words: every host registered, every server running,
 * every worker registered at the balancer, and in each application group every member seeing the same view (one view
 * id) whose members are exactly the group's servers. A split (each side sees itself), a view that still lists a
 * stopped server, or one side that installed a merge the other has not yet, are all "not ready".
 */
final class Readiness {

    private Readiness() {}

    static List<String> missing(Topology topology, DomainView view) {
        List<String> missing = new ArrayList<>();
        topology.hosts().stream().map(Host::name).filter(h -> !view.hosts().contains(h))
                .forEach(h -> missing.add("host " + h + " not registered"));
        for (ServerView s : view.servers()) {
            if (!s.running()) {
                missing.add(s.server() + " " + s.state());
            } else if (!s.balancer() && !s.registered()) {
                missing.add(s.server() + " not registered at the balancer");
            }
        }
        for (Group g : topology.workerGroups()) {
            missing.addAll(clusterMissing(g, view));
        }
        return missing;
    }

    private static List<String> clusterMissing(Group group, DomainView view) {
        Set<String> expected = new TreeSet<>(group.serverNames());
        List<String> missing = new ArrayList<>();
        Set<String> viewIds = new TreeSet<>();
        for (ServerView s : view.servers()) {
            if (!s.group().equals(group.name()) || !s.running()) {
                continue;
            }
            if (s.view().isEmpty()) {
                missing.add(s.server() + " has no cluster view");
            } else if (!s.view().get().hasExactly(expected)) {
                missing.add(s.server() + " sees " + s.view().get().members() + ", not " + expected);
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
