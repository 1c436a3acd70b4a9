package dev.steadfast.ops.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.jboss.dmr.ModelNode;

import dev.steadfast.ops.management.Management;
import dev.steadfast.ops.topology.Group;
import dev.steadfast.ops.topology.Server;
import dev.steadfast.ops.topology.Topology;

/**
 * What the management model says of a running domain, server by server: state, cluster view, registration at the
 * balancer and deployments, all read through the domain controller. {@code up} waits on it, {@code status} prints it.
 */
record DomainView(List<String> hosts, List<ServerView> servers) {

    static DomainView read(Management m, Topology topology) {
        List<String> hosts = m.childrenNames(new ModelNode().setEmptyList(), "host");
        Set<String> registered = balancerNodes(m, topology);
        List<ServerView> servers = new ArrayList<>();
        for (Group g : topology.groups()) {
            for (Server s : g.servers()) {
                String state = serverState(m, s, hosts);
                boolean running = "running".equals(state);
                servers.add(new ServerView(s.host().name(), s.name(), g.name(), state,
                        running && !g.balancer() ? clusterView(m, s) : Optional.empty(),
                        registered.contains(s.name()), running ? deployments(m, s) : List.of(), g.balancer()));
            }
        }
        return new DomainView(hosts, servers);
    }

    /** What keeps the domain from being ready; empty when it is. */
    List<String> notReady(Topology topology) {
        return Readiness.missing(topology, this);
    }

    private static String serverState(Management m, Server s, List<String> hosts) {
        if (!hosts.contains(s.host().name())) {
            return "host-down";
        }
        String status = attribute(m, Management.address("host", s.host().name(), "server-config", s.name()), "status").asString("UNKNOWN");
        if (!"STARTED".equals(status)) {
            return status.toLowerCase();
        }
        return attribute(m, Management.address("host", s.host().name(), "server", s.name()), "server-state").asString("starting");
    }

    /** The view of the server's ee channel, the one its deployments' caches use. */
    private static Optional<ClusterView> clusterView(Management m, Server s) {
        ModelNode view = attribute(m, Management.address("host", s.host().name(), "server", s.name(),
                "subsystem", "jgroups", "channel", "ee"), "view");
        return view.isDefined() ? ClusterView.parse(view.asString()) : Optional.empty();
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
        ModelNode balancers = r.get("result", "balancer");
        if (!"success".equals(r.get("outcome").asString()) || !balancers.isDefined()) {
            return nodes;
        }
        for (var balancer : balancers.asPropertyList()) {
            ModelNode nodeList = balancer.getValue().get("node");
            if (nodeList.isDefined()) {
                nodeList.asPropertyList().stream().filter(n -> "NODE_UP".equals(n.getValue().get("status").asString("")))
                        .forEach(n -> nodes.add(n.getName()));
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

    /** An attribute's value, or an undefined node when the resource is not there (yet). */
    private static ModelNode attribute(Management m, ModelNode address, String name) {
        ModelNode op = Management.op("read-attribute", address);
        op.get("name").set(name);
        ModelNode r = m.executeRaw(op);
        return "success".equals(r.get("outcome").asString()) ? r.get("result") : new ModelNode();
    }
}
