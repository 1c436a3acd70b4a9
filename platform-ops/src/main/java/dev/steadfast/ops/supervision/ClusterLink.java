package dev.steadfast.ops.supervision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;

import dev.steadfast.ops.health.HttpsProbe.Reply;

/**
 * This host's cluster link to the workers on the domain controller's host: a TCP connection from this host's private
 * address to each peer's failure-detection port (JGroups FD_SOCK2), the port its cluster traffic shares a path with.
 * FD_SOCK2 closes a connection that says nothing without a word in its log; the transport port would log a warning
 * with a stack trace for each. A connection accepted is an answer; silence until the time-out (or no route) is what
 * a cut link gives; a refusal means the peer's host is reached and nobody listens there.
 *
 * @param fromAddress this host's private address, the source of its cluster traffic
 * @param peers       the workers of the domain controller's host that share a cluster with this host's workers
 * @param timeout     how long a connection may take
 */
public record ClusterLink(String fromAddress, List<Peer> peers, Duration timeout) {

    /** A worker on the domain controller's host: its host and server names, private address and FD_SOCK2 port. */
    public record Peer(String host, String server, String address, int port) {}

    public ClusterLink {
        peers = List.copyOf(peers);
    }

    Reply reach(Peer peer) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(fromAddress, 0));
            socket.connect(new InetSocketAddress(peer.address(), peer.port()), (int) timeout.toMillis());
            return Reply.ANSWERED;
        } catch (SocketTimeoutException | NoRouteToHostException e) {
            return Reply.SILENT;
        } catch (ConnectException e) {
            return Reply.REFUSED;
        } catch (IOException e) {
            // Not an answer of the link (this host's private address cannot be bound, say): no round to count.
            throw new UncheckedIOException("no connection from " + fromAddress + " to " + peer.address() + ":" + peer.port(), e);
        }
    }
}
