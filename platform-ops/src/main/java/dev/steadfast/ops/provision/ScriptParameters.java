package dev.steadfast.ops.provision;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.steadfast.ops.UserError;
import dev.steadfast.ops.topology.Group;
import dev.steadfast.ops.topology.Host;
import dev.steadfast.ops.topology.Ports;
import dev.steadfast.ops.topology.Server;
import dev.steadfast.ops.topology.Topology;

/**
 * The curated scripts of a topology, rendered with the parameters of the domain, each group, host and server
 * (the {@code ${steadfast.*}} names of cli-scripts/README.md), in apply order: what is applied to a host, and what
 * decides whether it has to be applied again.
 */
final class ScriptParameters {

    private final Topology topology;
    private final Secrets secrets;
    private final Database database;

    ScriptParameters(Topology topology, Secrets secrets, Database database) {
        this.topology = topology;
        this.secrets = secrets;
        this.database = database;
    }

    /** Every script for the given hosts: the domain's, profile's and groups' on the domain controller, then each host's and its servers'. */
    String scriptFor(List<Host> hosts) {
        StringBuilder sb = new StringBuilder();
        for (Host host : hosts) {
            if (host.domainController()) {
                sb.append(CliScripts.render(domain(), "domain", "profile"));
                for (Group g : topology.groups()) {
                    for (String domainGroup : g.domainGroups()) {
                        sb.append(CliScripts.render(group(g, domainGroup), "group"));
                    }
                }
            }
            sb.append(CliScripts.render(host(host), "host"));
            if (!host.domainController()) {
                sb.append(CliScripts.render(host(host), "secondary-host"));
            }
            for (Server s : topology.serversOn(host)) {
                sb.append(CliScripts.render(server(s), "server"));
            }
        }
        return sb.toString();
    }

    private Map<String, String> domain() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("steadfast.profile", "/profile=steadfast-ha");
        p.put("steadfast.config.dir", "jboss.domain.config.dir");
        p.put("steadfast.balancer.address", topology.balancer().host().privateAddress());
        Discovery.TCPPING.put(p);
        p.put("steadfast.balancer.mcmp-port", String.valueOf(topology.mcmpPort()));
        p.put("steadfast.balancer.mcmp-allowed", McmpSenders.predicate(topology));
        p.put("steadfast.db.driver", database.kind().driver());
        p.put("steadfast.db.url", database.url());
        p.put("steadfast.db.user", database.user());
        secrets.putProfileSecrets(p);
        // Off unless an environment says so: a custom environment without the key runs like production.
        LeakDetection.parameters(p, "true".equals(topology.environment().getProperty("datasource.leak-detection", "false").trim()));
        p.put("steadfast.admin.user", Secrets.ADMIN_USER);
        return p;
    }

    /** The parameters of one server group of the domain: an application group's twin has exactly its settings. */
    private Map<String, String> group(Group g, String domainGroup) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("steadfast.group", domainGroup);
        p.put("steadfast.group.profile", g.profile());
        p.put("steadfast.group.sockets", g.socketBindingGroup());
        p.put("steadfast.group.members", g.servers().stream()
                .map(s -> s.host().privateAddress() + "[" + s.port(Ports.JGROUPS) + "]").collect(Collectors.joining(",")));
        p.put("steadfast.group.heap", topology.env(g.role() + ".heap"));
        p.put("steadfast.group.max-heap", topology.env(g.role() + ".max-heap"));
        p.put("steadfast.group.jvm-options", topology.env(g.role() + ".jvm-options"));
        // Load shedding in the group's applications (steadfast-runtime's admission): 0, no limit, unless the environment sets one.
        p.put("steadfast.group.max-concurrent-requests", maxConcurrentRequests(g));
        return p;
    }

    /** The environment's {@code ROLE.max-concurrent-requests}, a whole number of at least 0; 0 when it sets none. */
    private String maxConcurrentRequests(Group g) {
        String key = g.role() + ".max-concurrent-requests";
        String value = topology.environment().getProperty(key, "0").trim();
        if (value.matches("\\d{1,9}")) {
            return value;
        }
        throw new UserError("The environment of topology " + topology.name() + " sets '" + key + "' to '" + value
                + "'; it takes a whole number of requests, 0 for no limit.");
    }

    private Map<String, String> host(Host h) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("steadfast.host", h.name());
        p.put("steadfast.host.public-address", h.publicAddress());
        p.put("steadfast.host.private-address", h.privateAddress());
        p.put("steadfast.host.management-address", h.managementAddress());
        p.put("steadfast.primary.management-address", topology.domainController().managementAddress());
        p.put("steadfast.mgmt.https-port", String.valueOf(Ports.MANAGEMENT_HTTPS));
        p.put("steadfast.tls.password", secrets.encrypted("tls"));
        if (!h.domainController()) {
            p.put("steadfast.host.user", h.name());
            p.put("steadfast.host.secret", secrets.encrypted("host-" + h.name()));
        }
        return p;
    }

    private Map<String, String> server(Server s) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("steadfast.host", s.host().name());
        p.put("steadfast.server", s.name());
        p.put("steadfast.server.group", topology.groupOf(s).name());
        p.put("steadfast.server.port-offset", String.valueOf(s.portOffset()));
        p.put("steadfast.server.https-port", String.valueOf(s.port(Ports.HTTPS)));
        p.put("steadfast.server.probe-port", String.valueOf(s.port(Ports.PROBE_HTTPS)));
        return p;
    }
}
