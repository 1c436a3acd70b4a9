package dev.steadfast.runtime.node;

import jakarta.enterprise.context.ApplicationScoped;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The name of this cluster member: the system property {@code jboss.node.name}, which WildFly sets
 * (in a Steadfast domain it is the server's name, unique in the domain), else the host name.
 * <p>
 * A bean for injection, and {@link #current()} for code CDI does not create (log formatters, static helpers).
 * The name is read once: it cannot change while the server runs.
 */
@ApplicationScoped
public class NodeIdentity {

    /** Response header naming the node that answered. */
    public static final String HEADER = "X-Steadfast-Node";

    private static final String NAME = resolve(System.getProperty("jboss.node.name"));

    /** @return the node name, never blank */
    public String name() {
        return NAME;
    }

    /** @return the node name, for code outside CDI */
    public static String current() {
        return NAME;
    }

    static String resolve(String nodeNameProperty) {
        if (nodeNameProperty != null && !nodeNameProperty.isBlank()) {
            return nodeNameProperty.strip();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
