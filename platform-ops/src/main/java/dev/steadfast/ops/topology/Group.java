package dev.steadfast.ops.topology;

import java.util.List;

/**
 * A server group; the balancer group has role balancer, every other group runs applications (role worker). An
 * application group is two server groups of the domain, twins on one profile and one cluster: its servers run in one
 * of them, and {@code steadfast rollout} moves them one at a time into the other, which holds the new version
 * (docs/reasons.md#twin-server-groups).
 */
public record Group(String name, boolean balancer, List<Server> servers) {

    public String profile() {
        return balancer ? "steadfast-balancer" : "steadfast-ha";
    }

    public String socketBindingGroup() {
        return balancer ? "steadfast-balancer-sockets" : "steadfast-ha-sockets";
    }

    /** The prefix of this group's settings in the environment file, for example {@code worker.heap}. */
    public String role() {
        return balancer ? "balancer" : "worker";
    }

    /** The twin server group of an application group, where a rollout moves its servers: {@code NAME-twin}. */
    public String twin() {
        if (balancer) {
            throw new IllegalStateException(name + " is the balancer's group, which has no twin");
        }
        return name + "-twin";
    }

    /** The server groups of the domain this group is made of: itself, and an application group's twin. */
    public List<String> domainGroups() {
        return balancer ? List.of(name) : List.of(name, twin());
    }

    public List<String> serverNames() {
        return servers.stream().map(Server::name).toList();
    }
}
