package dev.steadfast.ops.probe;

import java.io.IOException;
import java.lang.management.ManagementFactory;

import javax.management.MBeanServer;

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

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        String view = MBeanAttributes.text(server, MBeanAttributes.CHANNEL, "view");
        String health = MBeanAttributes.text(server, MBeanAttributes.WEB_HEALTH, "clusterHealth");
        String nodes = MBeanAttributes.text(server, MBeanAttributes.WEB_HEALTH, "numberOfNodes");
        String caches = MBeanAttributes.text(server, MBeanAttributes.WEB_HEALTH, "cacheHealth");
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().print("{\"node\":" + quoted(System.getProperty("jboss.node.name"))
                + ",\"view\":" + quoted(view) + ",\"health\":" + quoted(health)
                + ",\"nodes\":" + quoted(nodes) + ",\"caches\":" + quoted(caches) + "}");
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
