package dev.steadfast.ops.domain;

import java.util.List;
import java.util.Optional;

/**
 * One server as the management model shows it: its state ({@code running}, {@code stopped}, {@code host-down}, ...),
 * its cluster view (workers only), whether the balancer has it registered and up, and its deployments.
 */
record ServerView(String host, String server, String group, String state, Optional<ClusterView> view,
                  boolean registered, List<String> deployments, boolean balancer) {

    boolean running() {
        return "running".equals(state);
    }

    /** The node names of its view, or none. */
    List<String> clusterMembers() {
        return view.map(ClusterView::members).orElse(List.of());
    }
}
