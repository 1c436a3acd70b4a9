package dev.steadfast.ops.topology;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.steadfast.ops.ClassPathFolder;
import dev.steadfast.ops.UserError;

/**
 * Reads and checks a topology file and the environment it names. Every mistake is one sentence that names the
 * file and the setting: a name WildFly would mangle, a server name used twice, a non-loopback address, a missing key.
 */
final class TopologyFile {

    /** No colon (docs/reasons.md#node-names-and-sticky-sessions), at most 23 characters (the transaction node id). */
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,22}");
    private static final Pattern LOOPBACK = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    /** An IPv4 address or a DNS host name, for topologies rendered for other machines. */
    private static final Pattern ANY_ADDRESS = Pattern.compile("(\\d{1,3}(\\.\\d{1,3}){3})|([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)");

    private TopologyFile() {}

    /**
     * Reads a topology whose addresses must all be loopback ones (it runs on this machine) or, for rendering, any.
     * A name is one of the command's own topologies ({@code wildfly-config/topologies} in its jar); a path ending in
     * {@code .properties} is the user's file. The environment a topology names is one of the command's own, or, when
     * it ends in {@code .properties}, a file next to the topology file.
     */
    static Topology read(String nameOrPath, boolean loopbackOnly) {
        Path config = ClassPathFolder.of("wildfly-config", "README.md");
        boolean isFile = nameOrPath.endsWith(".properties");
        Path file = isFile ? Path.of(nameOrPath).toAbsolutePath().normalize() : config.resolve("topologies").resolve(nameOrPath + ".properties");
        if (isFile && !Files.isRegularFile(file)) {
            throw new UserError("Topology file " + file + " does not exist.");
        }
        if (!isFile && (!NAME.matcher(nameOrPath).matches() || !Files.isRegularFile(file))) {
            throw new UserError("Unknown topology '" + nameOrPath + "'; give one of " + names(config.resolve("topologies"))
                    + " or a .properties file.");
        }
        Properties p = properties(file);
        String name = file.getFileName().toString().replaceFirst("\\.properties$", "");
        Map<String, Host> hosts = hosts(p, file, loopbackOnly ? LOOPBACK : ANY_ADDRESS);
        List<Group> groups = groups(p, file, hosts);
        String env = p.getProperty("environment", name).trim();
        boolean envIsFile = env.endsWith(".properties");
        Path envFile = envIsFile ? file.resolveSibling(env) : config.resolve("environments").resolve(env + ".properties");
        if (!Files.isRegularFile(envFile)) {
            throw new UserError(envIsFile ? "Topology " + file + " names environment file " + envFile + ", which does not exist."
                    : "Topology " + file + " names environment '" + env + "'; the environments are " + names(config.resolve("environments")) + ".");
        }
        return new Topology(name, isFile ? file.toString() : nameOrPath, List.copyOf(hosts.values()), groups, properties(envFile));
    }

    /** The names of the .properties files of a folder of the command's own, for a message. */
    private static String names(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".properties"))
                    .map(f -> f.replaceFirst("\\.properties$", "")).sorted().collect(Collectors.joining(", "));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each host's address is the default of its public, private and management addresses. */
    private static Map<String, Host> hosts(Properties p, Path file, Pattern allowed) {
        String dc = required(p, file, "domain-controller");
        Map<String, Host> hosts = new LinkedHashMap<>();
        for (String h : list(required(p, file, "hosts"))) {
            checkName(h, file);
            String address = p.getProperty("host." + h + ".address", "").trim();
            hosts.put(h, new Host(h, address(p, file, h, "public-address", address, allowed),
                    address(p, file, h, "private-address", address, allowed),
                    address(p, file, h, "management-address", address, allowed), h.equals(dc)));
        }
        if (!hosts.containsKey(dc)) {
            throw new UserError("The domain controller '" + dc + "' of " + file + " is not one of its hosts.");
        }
        return hosts;
    }

    private static List<Group> groups(Properties p, Path file, Map<String, Host> hosts) {
        List<Group> groups = new ArrayList<>();
        List<String> serverNames = new ArrayList<>();
        for (String g : list(required(p, file, "groups"))) {
            checkName(g, file);
            boolean balancer = "balancer".equals(p.getProperty("group." + g + ".role", "worker").trim());
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
        List<Group> balancers = groups.stream().filter(Group::balancer).toList();
        if (balancers.size() != 1 || balancers.get(0).servers().size() != 1) {
            throw new UserError("Topology " + file + " must have exactly one balancer group with one server.");
        }
        return List.copyOf(groups);
    }

    private static String address(Properties p, Path file, String host, String kind, String fallback, Pattern allowed) {
        String key = "host." + host + "." + kind;
        String address = p.getProperty(key, fallback).trim();
        if (address.isEmpty()) {
            throw new UserError("Topology " + file + " does not set 'host." + host + ".address' (or '" + key + "').");
        }
        if (allowed == LOOPBACK && !LOOPBACK.matcher(address).matches()) {
            throw new UserError("Host " + host + " of " + file + " has " + kind + " " + address
                    + "; on this machine only loopback addresses (127.x.x.x) are allowed.");
        }
        if (!allowed.matcher(address).matches()) {
            throw new UserError("Host " + host + " of " + file + " has " + kind + " '" + address
                    + "', which is neither an IPv4 address nor a host name.");
        }
        return address;
    }

    private static Properties properties(Path file) {
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
