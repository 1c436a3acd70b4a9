package dev.steadfast.ops;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Hosts, server groups and servers of a domain, read from a topology file of {@code wildfly-config/topologies}.
 * Nothing about {@code local} is wired into the code: every name, address and port comes from the file.
 */
public record Topology(String name, Path file, List<Host> hosts, List<Group> groups, Properties environment) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,22}");
    private static final Pattern LOOPBACK = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

    public record Host(String name, String address, boolean domainController) {}

    public record Server(String name, Host host, int portOffset) {
        public int port(int base) {
            return base + portOffset;
        }
    }

    /** A server group; the balancer group has role balancer, every other group runs applications. */
    public record Group(String name, boolean balancer, List<Server> servers) {
        public String profile() {
            return balancer ? "steadfast-balancer" : "steadfast-ha";
        }

        public String socketBindingGroup() {
            return balancer ? "steadfast-balancer-sockets" : "steadfast-ha-sockets";
        }

        public String role() {
            return balancer ? "balancer" : "worker";
        }
    }

    public static Topology load(Path root, String nameOrPath) {
        Path file = nameOrPath.endsWith(".properties") ? Path.of(nameOrPath).toAbsolutePath()
                : root.resolve("wildfly-config/topologies").resolve(nameOrPath + ".properties");
        if (!NAME.matcher(nameOrPath).matches() && !nameOrPath.endsWith(".properties")) {
            throw new UserError("Unknown topology '" + nameOrPath + "'; the topologies are the files of "
                    + root.resolve("wildfly-config/topologies") + ".");
        }
        if (!Files.isRegularFile(file)) {
            throw new UserError("Unknown topology '" + nameOrPath + "'; the topologies are the files of "
                    + root.resolve("wildfly-config/topologies") + ".");
        }
        Properties p = read(file);
        String name = file.getFileName().toString().replaceFirst("\\.properties$", "");
        String dc = required(p, file, "domain-controller");
        Map<String, Host> hosts = new LinkedHashMap<>();
        for (String h : list(required(p, file, "hosts"))) {
            checkName(h, file);
            String address = required(p, file, "host." + h + ".address");
            if (!LOOPBACK.matcher(address).matches()) {
                throw new UserError("Host " + h + " of " + file + " has address " + address
                        + "; on this machine only loopback addresses (127.x.x.x) are allowed.");
            }
            hosts.put(h, new Host(h, address, h.equals(dc)));
        }
        if (!hosts.containsKey(dc)) {
            throw new UserError("The domain controller '" + dc + "' of " + file + " is not one of its hosts.");
        }
        List<Group> groups = new ArrayList<>();
        List<String> serverNames = new ArrayList<>();
        for (String g : list(required(p, file, "groups"))) {
            checkName(g, file);
            boolean balancer = "balancer".equals(p.getProperty("group." + g + ".role", "worker"));
            int offset = Integer.parseInt(p.getProperty("group." + g + ".port-offset", "0").trim());
            List<Server> servers = new ArrayList<>();
            for (String entry : list(required(p, file, "group." + g + ".servers"))) {
                String[] hostAndServer = entry.split("/");
                if (hostAndServer.length != 2 || !hosts.containsKey(hostAndServer[0])) {
                    throw new UserError("Server '" + entry + "' of group " + g + " in " + file
                            + " must be written host/server with a host of the topology.");
                }
                checkName(hostAndServer[1], file);
                if (serverNames.contains(hostAndServer[1])) {
                    throw new UserError("Server name " + hostAndServer[1] + " appears twice in " + file
                            + "; server names must be unique across the domain.");
                }
                serverNames.add(hostAndServer[1]);
                servers.add(new Server(hostAndServer[1], hosts.get(hostAndServer[0]), offset));
            }
            groups.add(new Group(g, balancer, List.copyOf(servers)));
        }
        if (groups.stream().filter(Group::balancer).count() != 1
                || groups.stream().filter(Group::balancer).findFirst().orElseThrow().servers().size() != 1) {
            throw new UserError("Topology " + file + " must have exactly one balancer group with one server.");
        }
        String env = p.getProperty("environment", name).trim();
        Path envFile = root.resolve("wildfly-config/environments").resolve(env + ".properties");
        if (!Files.isRegularFile(envFile)) {
            throw new UserError("Topology " + file + " names environment '" + env + "', but " + envFile + " does not exist.");
        }
        return new Topology(name, file, List.copyOf(hosts.values()), List.copyOf(groups), read(envFile));
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

    public List<Server> servers() {
        return groups.stream().flatMap(g -> g.servers().stream()).toList();
    }

    public List<Server> serversOn(Host host) {
        return servers().stream().filter(s -> s.host().equals(host)).toList();
    }

    public Group groupOf(Server server) {
        return groups.stream().filter(g -> g.servers().contains(server)).findFirst().orElseThrow();
    }

    public String env(String key) {
        String value = environment.getProperty(key);
        if (value == null) {
            throw new UserError("The environment of topology " + name + " does not set '" + key + "'.");
        }
        return value.trim();
    }

    private static Properties read(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        } catch (IOException e) {
            throw new UserError("Cannot read " + file + ": " + e.getMessage() + ".");
        }
        return p;
    }

    private static String required(Properties p, Path file, String key) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new UserError("Topology " + file + " does not set '" + key + "'.");
        }
        return v.trim();
    }

    private static List<String> list(String csv) {
        return List.of(csv.trim().split("\\s*,\\s*"));
    }

    private static void checkName(String n, Path file) {
        if (!NAME.matcher(n).matches()) {
            throw new UserError("Name '" + n + "' in " + file + " must be lower-case letters, digits and dashes (no colon), at most 23 characters.");
        }
    }
}
