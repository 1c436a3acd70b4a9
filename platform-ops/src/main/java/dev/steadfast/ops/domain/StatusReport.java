package dev.steadfast.ops.domain;

import java.nio.file.Path;
import java.util.List;

import org.jboss.dmr.ModelNode;

import dev.steadfast.ops.supervision.SupervisorEvent;
import dev.steadfast.ops.topology.Group;
import dev.steadfast.ops.topology.Ports;
import dev.steadfast.ops.topology.Server;
import dev.steadfast.ops.topology.Topology;

/**
 * {@code steadfast status}: a table for people, JSON for scripts. Live, ready and redundant mean what
 * docs/reasons.md#health-vocabulary says; a balancer is never redundant or not, it holds no sessions ("-").
 */
final class StatusReport {

    private StatusReport() {}

    static String table(Topology topology, DomainView view, List<SupervisorView> supervisors) {
        String format = "%-10s %-10s %-19s %-16s %-5s %-5s %-9s %-24s %-8s %s%n";
        StringBuilder sb = new StringBuilder(String.format(format, "HOST", "SERVER", "GROUP", "STATE", "LIVE", "READY", "REDUNDANT",
                "CLUSTER", "BALANCER", "DEPLOYMENTS"));
        for (ServerView s : view.servers()) {
            sb.append(String.format(format, s.host(), s.server(), s.serverGroup(), s.state(), yesNo(s.live()), yesNo(s.notReady().isEmpty()),
                    s.balancer() ? "-" : yesNo(redundant(topology, view, s)), s.balancer() ? "-" : s.view().map(ClusterView::toString).orElse("-"),
                    s.balancer() ? "-" : yesNo(s.registered()), s.deployments().isEmpty() ? "-" : String.join(",", s.deploymentNames())));
        }
        for (SupervisorView sv : supervisors) {
            sb.append(String.format("supervisor of %s: %s, %d fenced, %d restarted%s%s%n", sv.host(), sv.running() ? "running" : "NOT RUNNING",
                    sv.fences(), sv.restarts(), sv.crashLoops().isEmpty() ? ""
                            : ", given up on " + sv.crashLoops() + " (crash loop; start it to have it watched again)", cut(sv)));
        }
        List<String> missing = view.notReady(topology);
        sb.append(missing.isEmpty() ? "ready and redundant\n" : "not ready: " + String.join("; ", missing) + "\n");
        return sb.toString();
    }

    /**
     * The fields scripts and tests rely on (topology, hosts, ready, servers[...] with live, ready and redundant,
     * supervisors[...] with linkCut and isolated) plus clusterView, notReady, and where everything is: each server's
     * HTTPS address, the balancer's, the database URL and the secrets directory.
     */
    static String json(Topology topology, DomainView view, List<SupervisorView> supervisors, String databaseUrl, Path secrets) {
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
            n.get("serverGroup").set(s.serverGroup());
            n.get("state").set(s.state());
            n.get("balancer").set(s.balancer());
            n.get("live").set(s.live());
            n.get("ready").set(s.notReady().isEmpty());
            if (!s.balancer()) {
                n.get("redundant").set(redundant(topology, view, s));
            }
            n.get("clusterMembers").set(list(s.clusterMembers()));
            n.get("clusterView").set(s.view().map(ClusterView::id).orElse(""));
            n.get("cacheHealth").set(s.probe().map(p -> p.health()).orElse(""));
            n.get("registeredAtBalancer").set(s.registered());
            n.get("deployments").set(list(s.deploymentNames()));
            topology.servers().stream().filter(x -> x.name().equals(s.server())).findFirst().ifPresent(server -> {
                n.get("https").set(https(server));
                if (!s.balancer()) {
                    n.get("metrics").set("https://" + server.host().publicAddress() + ":" + server.port(Ports.PROBE_HTTPS)
                            + "/steadfast-probe/metrics");
                }
            });
        }
        root.get("supervisors").setEmptyList();
        for (SupervisorView sv : supervisors) {
            ModelNode n = root.get("supervisors").add();
            n.get("host").set(sv.host());
            topology.hosts().stream().filter(h -> h.name().equals(sv.host())).findFirst()
                    .ifPresent(h -> n.get("metrics").set("https://" + h.managementAddress() + ":" + Ports.HOST_METRICS + "/metrics"));
            n.get("running").set(sv.running());
            n.get("fences").set(sv.fences());
            n.get("restarts").set(sv.restarts());
            n.get("crashLoops").set(list(List.copyOf(sv.crashLoops())));
            n.get("linkCut").set(sv.linkCut());
            n.get("isolated").set(list(List.copyOf(sv.isolated())));
            n.get("events").setEmptyList();
            for (SupervisorEvent e : sv.events()) {
                ModelNode event = n.get("events").add();
                event.get("at").set(e.at().toString());
                event.get("server").set(e.server());
                event.get("kind").set(e.kind());
                event.get("detail").set(e.detail());
            }
        }
        return root.toJSONString(false) + System.lineSeparator();
    }

    private static String cut(SupervisorView sv) {
        String cut = sv.linkCut() ? ", cluster link CUT" : "";
        return sv.isolated().isEmpty() ? cut
                : cut + ", isolated " + sv.isolated() + " (started again once the link is back, unless auto-start is false)";
    }

    private static boolean redundant(Topology topology, DomainView view, ServerView s) {
        Group group = topology.groups().stream().filter(g -> g.name().equals(s.group())).findFirst().orElseThrow();
        return Readiness.redundant(group, view);
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
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
