package dev.steadfast.ops.topology;

import java.util.List;

/** A server group; the balancer group has role balancer, every other group runs applications (role worker). */
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

    public List<String> serverNames() {
        return servers.stream().map(Server::name).toList();
    }
}
