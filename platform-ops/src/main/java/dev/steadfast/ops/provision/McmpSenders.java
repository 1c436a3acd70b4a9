package dev.steadfast.ops.provision;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.steadfast.ops.UserError;
import dev.steadfast.ops.topology.Group;
import dev.steadfast.ops.topology.Host;
import dev.steadfast.ops.topology.Server;
import dev.steadfast.ops.topology.Topology;

/**
 * Who may send the balancer MCMP messages (cli-scripts/domain/070-balancer.cli), as the Undertow predicate of its
 * mod-cluster filter: a request that is no MCMP message (a user's, to be proxied) passes, and an MCMP message passes
 * only from the private address of a host that runs workers ({@code %a}, the sender's address). WildFly applies the
 * predicate to everything the filter handles, users' requests included, hence the first half. The addresses must be
 * IPv4 literals: the predicate compares the address a connection comes from, never a name.
 */
final class McmpSenders {

    /** The methods Undertow's MCMP handler handles (io.undertow.server.handlers.proxy.mod_cluster.MCMPHandler). */
    private static final List<String> MCMP_METHODS = List.of("CONFIG", "ENABLE-APP", "DISABLE-APP", "STOP-APP", "REMOVE-APP",
            "STATUS", "DUMP", "INFO", "PING");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private McmpSenders() {}

    static String predicate(Topology topology) {
        List<Host> hosts = topology.workerGroups().stream().flatMap((Group g) -> g.servers().stream()).map(Server::host)
                .distinct().toList();
        for (Host h : hosts) {
            if (!IPV4.matcher(h.privateAddress()).matches()) {
                throw new UserError("Host " + h.name() + " runs workers, so its private address must be an IPv4 address (the"
                        + " balancer accepts MCMP by sender address), not '" + h.privateAddress() + "'.");
            }
        }
        String senders = hosts.stream().map(h -> h.privateAddress().replace(".", "[.]")).collect(Collectors.joining("|"));
        return "not method(value={" + String.join(", ", MCMP_METHODS) + "}) or regex(pattern='" + senders
                + "', value='%a', full-match=true)";
    }
}
