package dev.steadfast.ops;

import java.util.List;

import org.jboss.dmr.ModelNode;

import dev.steadfast.ops.DomainView.ServerView;

/** {@code steadfast status}: a table for people, JSON for scripts. */
final class StatusReport {

    private StatusReport() {}

    static String table(DomainView view) {
        String format = "%-10s %-10s %-20s %-10s %-18s %-9s %s%n";
        StringBuilder sb = new StringBuilder(String.format(format, "HOST", "SERVER", "GROUP", "STATE", "CLUSTER", "BALANCER", "DEPLOYMENTS"));
        for (ServerView s : view.servers()) {
            sb.append(String.format(format, s.host(), s.server(), s.group(), s.state(),
                    s.balancer() ? "-" : s.clusterMembers().size() + " " + s.clusterMembers(),
                    s.balancer() ? "-" : s.registered() ? "yes" : "no",
                    s.deployments().isEmpty() ? "-" : String.join(",", s.deployments())));
        }
        return sb.toString();
    }

    static String json(Topology topology, DomainView view) {
        ModelNode root = new ModelNode();
        root.get("topology").set(topology.name());
        root.get("hosts").setEmptyList();
        view.hosts().forEach(h -> root.get("hosts").add(h));
        root.get("ready").set(view.notReady(topology).isEmpty());
        root.get("servers").setEmptyList();
        for (ServerView s : view.servers()) {
            ModelNode n = root.get("servers").add();
            n.get("host").set(s.host());
            n.get("server").set(s.server());
            n.get("group").set(s.group());
            n.get("state").set(s.state());
            n.get("balancer").set(s.balancer());
            n.get("clusterMembers").set(list(s.clusterMembers()));
            n.get("registeredAtBalancer").set(s.registered());
            n.get("deployments").set(list(s.deployments()));
        }
        return root.toJSONString(false) + System.lineSeparator();
    }

    private static ModelNode list(List<String> values) {
        ModelNode n = new ModelNode().setEmptyList();
        values.forEach(n::add);
        return n;
    }

}
