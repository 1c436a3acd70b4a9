package dev.steadfast.ops.topology;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import dev.steadfast.ops.UserError;

/**
 * Hosts, server groups and servers of a domain, with the environment (JVM settings, the balancer's MCMP port) they
 * run with. Read with {@link #load}: every name, address and port comes from the files. {@code source} reads it
 * again: the name of one of the command's own topologies, or the absolute path of a user's file.
 */
public record Topology(String name, String source, List<Host> hosts, List<Group> groups, Properties environment) {

    /**
     * Reads a topology: a name of the command's own ({@code wildfly-config/topologies}, carried in its jar), or a path
     * to a {@code .properties} file of the same form.
     */
    public static Topology load(String nameOrPath) {
        return TopologyFile.read(nameOrPath, true);
    }

    /**
     * Reads a topology for other machines (to render, never to start here): its addresses may be any IPv4 address or
     * host name, where {@link #load} allows loopback addresses only.
     */
    public static Topology loadForElsewhere(String nameOrPath) {
        return TopologyFile.read(nameOrPath, false);
    }

    public Host domainController() {
        return hosts.stream().filter(Host::domainController).findFirst().orElseThrow();
    }

    public Group balancerGroup() {
        return groups.stream().filter(Group::balancer).findFirst().orElseThrow();
    }

    public Server balancer() {
        return balancerGroup().servers().get(0);
    }

    public List<Group> workerGroups() {
        return groups.stream().filter(g -> !g.balancer()).toList();
    }

    public Optional<Group> workerGroup(String name) {
        return workerGroups().stream().filter(g -> g.name().equals(name)).findFirst();
    }

    public List<Server> servers() {
        return groups.stream().flatMap(g -> g.servers().stream()).toList();
    }

    public List<Server> serversOn(Host host) {
        return servers().stream().filter(s -> s.host().equals(host)).toList();
    }

    public Group groupOf(Server server) {
        return groups.stream().filter(g -> g.servers().contains(server)).findFirst().orElseThrow();
    }

    /** Where workers send their mod_cluster registrations (MCMP), on the balancer host's private address. */
    public int mcmpPort() {
        return Integer.parseInt(env("balancer.mcmp-port"));
    }

    public String env(String key) {
        String value = environment.getProperty(key);
        if (value == null) {
            throw new UserError("The environment of topology " + name + " does not set '" + key + "'.");
        }
        return value.trim();
    }
}
