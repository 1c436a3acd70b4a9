package dev.steadfast.ops.domain;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.steadfast.ops.UserError;
import dev.steadfast.ops.topology.DatabaseKind;
import dev.steadfast.ops.topology.Group;
import dev.steadfast.ops.topology.Host;
import dev.steadfast.ops.topology.Ports;
import dev.steadfast.ops.topology.Server;
import dev.steadfast.ops.topology.Topology;

/**
 * Before {@code up} starts anything: every address and port the topology will listen on must be free, each on its
 * interface (public: HTTP, HTTPS and the workers' probe; private: JGroups, MCMP and H2; management: the management
 * interface), and no two servers may want the same one (port offsets too close together).
 */
final class PortCheck {

    private PortCheck() {}

    static void requireFree(Topology topology, DatabaseKind database) {
        List<String> listeners = listeners(topology, database);
        Set<String> seen = new HashSet<>();
        for (String hostPort : listeners) {
            if (!seen.add(hostPort)) {
                throw new UserError("Two listeners of topology " + topology.name() + " would take " + hostPort
                        + "; give its groups port offsets further apart.");
            }
        }
        for (String hostPort : listeners) {
            int colon = hostPort.lastIndexOf(':');
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress(InetAddress.getByName(hostPort.substring(0, colon)),
                        Integer.parseInt(hostPort.substring(colon + 1))));
            } catch (IOException e) {
                throw new UserError("Port " + hostPort + " is already in use, so topology " + topology.name()
                        + " cannot start; stop whatever holds it or use another topology.");
            }
        }
    }

    static List<String> listeners(Topology topology, DatabaseKind database) {
        List<String> all = new ArrayList<>();
        if (database == DatabaseKind.H2) {
            all.add(topology.domainController().privateAddress() + ":" + Ports.H2);
        }
        for (Host h : topology.hosts()) {
            all.add(h.managementAddress() + ":" + Ports.MANAGEMENT_HTTPS);
            all.add(h.managementAddress() + ":" + Ports.HOST_METRICS);
        }
        for (Group g : topology.groups()) {
            for (Server s : g.servers()) {
                Host h = s.host();
                all.add(h.publicAddress() + ":" + s.port(Ports.HTTP));
                all.add(h.publicAddress() + ":" + s.port(Ports.HTTPS));
                if (g.balancer()) {
                    all.add(h.privateAddress() + ":" + s.port(topology.mcmpPort()));
                } else {
                    all.add(h.publicAddress() + ":" + s.port(Ports.PROBE_HTTPS));
                    all.add(h.privateAddress() + ":" + s.port(Ports.JGROUPS));
                    all.add(h.privateAddress() + ":" + s.port(Ports.JGROUPS_FD));
                }
            }
        }
        return all;
    }
}
