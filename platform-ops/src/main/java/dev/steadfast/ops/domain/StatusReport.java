package dev.steadfast.ops.domain;

import java.nio.file.Path;
import java.util.List;

import org.jboss.dmr.ModelNode;

import dev.steadfast.ops.topology.Ports;
import dev.steadfast.ops.topology.Server;
import dev.steadfast.ops.topology.Topology;

/** {@code steadfast status}: a table for people, JSON for scripts. */
final class StatusReport {

    private StatusReport() {}

    static String table(Topology topology, DomainView view) {
        String format = "%-10s %-10s %-20s %-10s %-24s %-9s %s%n";
        StringBuilder sb = new StringBuilder(String.format(format, "HOST", "SERVER", "GROUP", "STATE", "CLUSTER", "BALANCER", "DEPLOYMENTS"));
        for (ServerView s : view.servers()) {
            sb.append(String.format(format, s.host(), s.server(), s.group(), s.state(),
                    s.balancer() ? "-" : s.view().map(ClusterView::toString).orElse("-"),
                    s.balancer() ? "-" : s.registered() ? "yes" : "no",
                    s.deployments().isEmpty() ? "-" : String.join(",", s.deployments())));
        }
        List<String> missing = view.notReady(topology);
        sb.append(missing.isEmpty() ? "ready\n" : "not ready: " + String.join("; ", missing) + "\n");
        return sb.toString();
    }

    /**
     * The fields scripts and tests rely on (topology, hosts, ready, servers[...]) plus clusterView, notReady, and where
     * everything is: each server's HTTPS address, the balancer's, the database URL and the secrets directory.
     */
    static String json(Topology topology, DomainView view, String databaseUrl, Path secrets) {
        List<String> missing = view.notReady(topology);
        ModelNode root = new ModelNode();
        root.get("topology").set(topology.name());
        root.get("balancer").set(https(topology.balancer()));
        root.get("database").set(databaseUrl);
        root.get("secrets").set(secrets.toString());
        root.get("hosts").set(list(view.hosts()));
        root.get("ready").set(missing.isEmpty());
        root.get("notReady").set(list(missing));
        root.get("servers").setEmptyList();
        for (ServerView s : view.servers()) {
            ModelNode n = root.get("servers").add();
            n.get("host").set(s.host());
            n.get("server").set(s.server());
            n.get("group").set(s.group());
            n.get("state").set(s.state());
            n.get("balancer").set(s.balancer());
            n.get("clusterMembers").set(list(s.clusterMembers()));
            n.get("clusterView").set(s.view().map(ClusterView::id).orElse(""));
            n.get("registeredAtBalancer").set(s.registered());
            n.get("deployments").set(list(s.deployments()));
            topology.servers().stream().filter(x -> x.name().equals(s.server())).findFirst()
                    .ifPresent(server -> n.get("https").set(https(server)));
        }
        return root.toJSONString(false) + System.lineSeparator();
    }

    private static String https(Server server) {
        return "https://" + server.host().publicAddress() + ":" + server.port(Ports.HTTPS);
    }

    private static ModelNode list(List<String> values) {
        ModelNode n = new ModelNode().setEmptyList();
        values.forEach(n::add);
        return n;
    }
}
