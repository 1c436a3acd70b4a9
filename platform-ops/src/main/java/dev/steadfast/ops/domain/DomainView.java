package dev.steadfast.ops.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.jboss.dmr.ModelNode;

import dev.steadfast.ops.health.HttpsProbe;
import dev.steadfast.ops.health.ProbeAnswer;
import dev.steadfast.ops.management.Management;
import dev.steadfast.ops.topology.Group;
import dev.steadfast.ops.topology.Ports;
import dev.steadfast.ops.topology.Server;
import dev.steadfast.ops.topology.Topology;

/**
 * What a running domain shows, server by server: the host controllers' state of each server, an HTTPS probe of each
 * (live, and a worker's own account of its cluster), registration at the balancer, deployments and the applications'
 * readiness. Reads the domain controller proxies to a server are made only of a live server and wait at most
 * {@link #READ_TIMEOUT}: a hung server never stalls {@code status} or {@code up}.
 */
record DomainView(List<String> hosts, List<ServerView> servers) {

    static final Duration READ_TIMEOUT = Duration.ofSeconds(2);

    static DomainView read(Management m, Topology topology, HttpsProbe probe) {
        List<String> hosts = m.childrenNames(new ModelNode().setEmptyList(), "host");
        Set<String> registered = balancerNodes(m, topology);
        List<ServerView> servers = new ArrayList<>();
        for (Group g : topology.groups()) {
            for (Server s : g.servers()) {
                String address = s.host().publicAddress();
                int port = s.port(Ports.HTTPS);
                Optional<ProbeAnswer> answer = g.balancer() ? Optional.empty() : probe.worker(address, s.port(Ports.PROBE_HTTPS));
                boolean live = g.balancer() ? probe.answers(address, port) : answer.isPresent();
                String state = serverState(m, s, hosts, live);
                List<ServerView.Deployment> deployments = live && ServerView.running(state) ? deployments(m, s) : List.of();
                List<String> appsNotReady = deployments.stream().filter(d -> "OK".equals(d.status()) && !d.contextRoot().isEmpty())
                        .filter(d -> !probe.applicationReady(address, port, d.contextRoot())).map(ServerView.Deployment::name).toList();
                String serverGroup = hosts.contains(s.host().name())
                        ? attribute(m, Management.address("host", s.host().name(), "server-config", s.name()), "group").asString(g.name()) : g.name();
                servers.add(new ServerView(s.host().name(), s.name(), g.name(), serverGroup, state, live, answer, registered.contains(s.name()),
                        deployments, appsNotReady, g.balancer()));
            }
        }
        return new DomainView(hosts, servers);
    }

    /**
     * Reads the domain until every server of the group is ready and the group redundant, or the bound runs out; what
     * was still missing then, in words, empty once it is.
     */
    static List<String> awaitRedundant(Management m, Topology topology, HttpsProbe probe, Group group, Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        while (true) {
            DomainView view = read(m, topology, probe);
            List<String> missing = new ArrayList<>();
            view.servers().stream().filter(v -> v.group().equals(group.name())).forEach(v -> missing.addAll(v.notReady()));
            missing.addAll(Readiness.redundancyMissing(group, view));
            if (missing.isEmpty() && Readiness.redundant(group, view)) {
                return List.of();
            }
            if (System.nanoTime() > deadline) {
                return missing.isEmpty() ? List.of(group.name() + " not redundant") : missing;
            }
            DrillObserver.sleep(Duration.ofMillis(500));
        }
    }

    /** What keeps the domain from being ready and redundant; empty when it is. */
    List<String> notReady(Topology topology) {
        return Readiness.missing(topology, this);
    }

    /**
     * The host controller's status of the server (never proxied, so it answers for a hung server too) and, for a live
     * started one, its own server-state (running, reload-required, ...).
     */
    private static String serverState(Management m, Server s, List<String> hosts, boolean live) {
        if (!hosts.contains(s.host().name())) {
            return "host-down";
        }
        String status = attribute(m, Management.address("host", s.host().name(), "server-config", s.name()), "status").asString("UNKNOWN");
        if (!"STARTED".equals(status)) {
            return status.toLowerCase();
        }
        if (!live) {
            return "started";
        }
        return attribute(m, Management.address("host", s.host().name(), "server", s.name()), "server-state").asString("starting");
    }

    /** Names of the nodes registered at the balancer's mod_cluster filter and in state up. */
    private static Set<String> balancerNodes(Management m, Topology topology) {
        Server b = topology.balancer();
        ModelNode op = Management.op("read-resource", Management.address("host", b.host().name(), "server", b.name(),
                "subsystem", "undertow", "configuration", "filter", "mod-cluster", "load-balancer"));
        op.get("recursive").set(true);
        op.get("include-runtime").set(true);
        ModelNode r = m.executeRaw(op, READ_TIMEOUT);
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

    /** The server's deployments with WildFly's status of each and, for web deployments, the context root. */
    private static List<ServerView.Deployment> deployments(Management m, Server s) {
        ModelNode op = Management.op("read-children-resources", Management.address("host", s.host().name(), "server", s.name()));
        op.get("child-type").set("deployment");
        op.get("include-runtime").set(true);
        op.get("recursive-depth").set(2);
        ModelNode r = m.executeRaw(op, READ_TIMEOUT);
        if (!"success".equals(r.get("outcome").asString())) {
            return List.of();
        }
        return r.get("result").asPropertyList().stream().map(d -> new ServerView.Deployment(d.getName(),
                d.getValue().get("status").asString("UNKNOWN"), d.getValue().get("subsystem", "undertow", "context-root").asString(""))).toList();
    }

    /** An attribute's value, or an undefined node when the resource is not there (yet) or did not answer in time. */
    private static ModelNode attribute(Management m, ModelNode address, String name) {
        ModelNode op = Management.op("read-attribute", address);
        op.get("name").set(name);
        ModelNode r = m.executeRaw(op, READ_TIMEOUT);
        return "success".equals(r.get("outcome").asString()) ? r.get("result") : new ModelNode();
    }
}
