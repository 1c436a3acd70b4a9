package dev.steadfast.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jboss.dmr.ModelNode;

import dev.steadfast.ops.Topology.Group;
import dev.steadfast.ops.Topology.Server;

/**
 * What the management model says of a running domain, server by server: state, cluster view, registration at
 * the balancer and deployments. {@code up} waits on it, {@code status} prints it.
 */
record DomainView(List<String> hosts, List<ServerView> servers) {

    record ServerView(String host, String server, String group, String state, List<String> clusterMembers,
                      boolean registered, List<String> deployments, boolean balancer) {}

    static DomainView read(Management m, Topology topology) {
        List<String> hosts = m.childrenNames(new ModelNode().setEmptyList(), "host");
        Set<String> registered = balancerNodes(m, topology);
        List<ServerView> servers = new ArrayList<>();
        for (Group g : topology.groups()) {
            for (Server s : g.servers()) {
                String state = serverState(m, s, hosts);
                boolean running = "running".equals(state);
                servers.add(new ServerView(s.host().name(), s.name(), g.name(), state,
                        running && !g.balancer() ? clusterMembers(m, s) : List.of(),
                        registered.contains(s.name()), running ? deployments(m, s) : List.of(), g.balancer()));
            }
        }
        return new DomainView(hosts, servers);
    }

    /**
     * Ready: every host registered, every server running, every worker registered at the balancer, and each
     * worker's cluster view holding every member of its group (steadfast-probe.war starts the channel at boot).
     */
    List<String> notReady(Topology topology) {
        List<String> missing = new ArrayList<>();
        topology.hosts().stream().filter(h -> !hosts.contains(h.name())).forEach(h -> missing.add("host " + h.name() + " not registered"));
        for (ServerView s : servers) {
            if (!"running".equals(s.state())) {
                missing.add(s.server() + " " + s.state());
            } else if (!s.balancer()) {
                Group g = topology.groups().stream().filter(x -> x.name().equals(s.group())).findFirst().orElseThrow();
                if (s.clusterMembers().size() < g.servers().size()) {
                    missing.add(s.server() + " sees " + s.clusterMembers().size() + "/" + g.servers().size() + " members");
                }
                if (!s.registered()) {
                    missing.add(s.server() + " not registered at the balancer");
                }
            }
        }
        return missing;
    }

    private static String serverState(Management m, Server s, List<String> hosts) {
        if (!hosts.contains(s.host().name())) {
            return "host-down";
        }
        ModelNode op = Management.op("read-attribute", Management.address("host", s.host().name(), "server-config", s.name()));
        op.get("name").set("status");
        ModelNode r = m.executeRaw(op);
        String status = r.get("result").asString("UNKNOWN");
        if (!"STARTED".equals(status)) {
            return status.toLowerCase();
        }
        ModelNode state = Management.op("read-attribute", Management.address("host", s.host().name(), "server", s.name()));
        state.get("name").set("server-state");
        return m.executeRaw(state).get("result").asString("starting");
    }

    /** Node names in the JGroups view of the server's ee channel, for example [apps-1, apps-2]. */
    private static List<String> clusterMembers(Management m, Server s) {
        ModelNode op = Management.op("read-attribute",
                Management.address("host", s.host().name(), "server", s.name(), "subsystem", "jgroups", "channel", "ee"));
        op.get("name").set("view");
        ModelNode r = m.executeRaw(op);
        if (!"success".equals(r.get("outcome").asString()) || !r.get("result").isDefined()) {
            return List.of();
        }
        String view = r.get("result").asString();
        int open = view.indexOf('(');
        int bracket = view.indexOf('[', open < 0 ? 0 : open);
        int close = view.lastIndexOf(']');
        if (bracket < 0 || close < bracket) {
            return List.of();
        }
        List<String> members = new ArrayList<>();
        for (String member : view.substring(bracket + 1, close).split(",")) {
            // A member reads "apps-1" or, once Infinispan joined, "apps-1(v=16.0.5)": the node name is before "(".
            String name = member.replaceFirst("\\(.*$", "").trim();
            if (!name.isEmpty()) {
                members.add(name);
            }
        }
        return members;
    }

    /** Names of the nodes registered at the balancer's mod_cluster filter and in state up. */
    private static Set<String> balancerNodes(Management m, Topology topology) {
        Server b = topology.balancer();
        ModelNode op = Management.op("read-resource", Management.address("host", b.host().name(), "server", b.name(),
                "subsystem", "undertow", "configuration", "filter", "mod-cluster", "load-balancer"));
        op.get("recursive").set(true);
        op.get("include-runtime").set(true);
        ModelNode r = m.executeRaw(op);
        Set<String> nodes = new TreeSet<>();
        if (!"success".equals(r.get("outcome").asString())) {
            return nodes;
        }
        ModelNode balancers = r.get("result", "balancer");
        if (!balancers.isDefined()) {
            return nodes;
        }
        for (var balancer : balancers.asPropertyList()) {
            ModelNode nodeList = balancer.getValue().get("node");
            if (!nodeList.isDefined()) {
                continue;
            }
            for (var node : nodeList.asPropertyList()) {
                if ("NODE_UP".equals(node.getValue().get("status").asString(""))) {
                    nodes.add(node.getName());
                }
            }
        }
        return nodes;
    }

    private static List<String> deployments(Management m, Server s) {
        ModelNode op = Management.op("read-children-names", Management.address("host", s.host().name(), "server", s.name()));
        op.get("child-type").set("deployment");
        ModelNode r = m.executeRaw(op);
        return "success".equals(r.get("outcome").asString())
                ? r.get("result").asList().stream().map(ModelNode::asString).toList() : List.of();
    }
}
