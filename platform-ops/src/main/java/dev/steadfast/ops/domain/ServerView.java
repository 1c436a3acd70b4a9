package dev.steadfast.ops.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.steadfast.ops.health.ProbeAnswer;

/**
 * One server as the domain shows it: its group in the topology and the server group of the domain it is in (the
 * group itself or, after a rollout, its twin: docs/reasons.md#twin-server-groups), its state ({@code running}, {@code stopped}, {@code host-down}, ...), whether it
 * is live (it answered an HTTPS probe within the read time-out), what its probe said of its cluster (workers only),
 * whether the balancer has it registered and up, its deployments, and the applications whose {@code /health/ready} is
 * not UP.
 */
record ServerView(String host, String server, String group, String serverGroup, String state, boolean live, Optional<ProbeAnswer> probe,
                  boolean registered, List<Deployment> deployments, List<String> appsNotReady, boolean balancer) {

    /** A deployment of the server: its name, WildFly's status of it (OK, FAILED, STOPPED) and its context root. */
    record Deployment(String name, String status, String contextRoot) {}

    /**
     * Running: it serves. A server whose configuration changed under it ({@code reload-required},
     * {@code restart-required}) serves too, with its old configuration, until {@code apply} restarts it.
     */
    boolean running() {
        return running(state);
    }

    static boolean running(String state) {
        return List.of("running", "reload-required", "restart-required").contains(state);
    }

    /** Whether a change of its configuration waits for its restart. */
    boolean pendingRestart() {
        return List.of("reload-required", "restart-required").contains(state);
    }

    /** Its cluster view, as its own probe reported it. */
    Optional<ClusterView> view() {
        return probe.flatMap(p -> ClusterView.parse(p.view()));
    }

    /** The node names of its view, or none. */
    List<String> clusterMembers() {
        return view().map(ClusterView::members).orElse(List.of());
    }

    List<String> deploymentNames() {
        return deployments.stream().map(Deployment::name).toList();
    }

    /**
     * Ready: live, running, every deployment OK, every application's readiness UP, and (a worker) registered at the
     * balancer. What is missing, in words; empty when ready.
     */
    List<String> notReady() {
        if (!live && (running() || "started".equals(state))) {
            return List.of(server + " does not answer");
        }
        if (!running()) {
            return List.of(server + " " + state);
        }
        List<String> missing = new ArrayList<>();
        deployments.stream().filter(d -> !"OK".equals(d.status()))
                .forEach(d -> missing.add(d.name() + " on " + server + " " + d.status().toLowerCase()));
        appsNotReady.forEach(app -> missing.add(app + " on " + server + " not ready"));
        if (!balancer && !registered) {
            missing.add(server + " not registered at the balancer");
        }
        return missing;
    }
}
