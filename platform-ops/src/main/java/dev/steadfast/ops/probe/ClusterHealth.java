package dev.steadfast.ops.probe;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Arrays;

import javax.management.JMException;
import javax.management.JMRuntimeException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * GET /steadfast-probe/health: what this worker itself knows of its cluster, as JSON, for {@code steadfast status},
 * the supervisor and drills. An answer at all means the server is live; the fields say whether it is redundant:
 * {@code view} is the JGroups view of the ee channel (the one the session caches use) and {@code health} is what
 * Infinispan's own health API says of the web cache container: HEALTHY (every cache available and no rebalance in
 * progress), HEALTHY_REBALANCING or DEGRADED. Both come from the MBeans WildFly registers in the platform MBean
 * server, so the probe needs no private module and the management model (which has no rebalance status) is not asked.
 */
@WebServlet("/health")
public class ClusterHealth extends HttpServlet {

    private static final String CHANNEL = "jgroups:type=channel,cluster=\"ee\"";
    private static final String WEB_HEALTH = "org.wildfly.clustering.infinispan:type=CacheManager,name=\"web\",component=CacheContainerHealth";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        String view = attribute(server, CHANNEL, "view");
        String health = attribute(server, WEB_HEALTH, "clusterHealth");
        String nodes = attribute(server, WEB_HEALTH, "numberOfNodes");
        String caches = attribute(server, WEB_HEALTH, "cacheHealth");
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().print("{\"node\":" + quoted(System.getProperty("jboss.node.name"))
                + ",\"view\":" + quoted(view) + ",\"health\":" + quoted(health)
                + ",\"nodes\":" + quoted(nodes) + ",\"caches\":" + quoted(caches) + "}");
    }

    /** The attribute as text ("" when the MBean is not there yet, as while the server boots). */
    private static String attribute(MBeanServer server, String name, String attribute) {
        try {
            ObjectName objectName = new ObjectName(name);
            if (!server.isRegistered(objectName)) {
                return "";
            }
            Object value = server.getAttribute(objectName, attribute);
            return value instanceof Object[] array ? String.join(" ", Arrays.stream(array).map(String::valueOf).toList())
                    : String.valueOf(value);
        } catch (JMException | JMRuntimeException e) {
            return "";
        }
    }

    private static String quoted(String text) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : (text == null ? "" : text).toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
