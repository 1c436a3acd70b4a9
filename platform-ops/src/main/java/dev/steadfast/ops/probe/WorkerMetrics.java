package dev.steadfast.ops.probe;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryUsage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.management.MBeanServer;

import dev.steadfast.ops.metrics.PrometheusText;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * GET /steadfast-probe/metrics: this worker's figures in Prometheus' text format, for a Prometheus that holds the
 * monitoring key pair (the probe listener serves it and the domain's key, no one else). The JVM (heap, metaspace, collections, threads, CPU,
 * start time: a start time that changes is a restart), the worker's cluster (view size, Infinispan's health of the
 * web sessions) and what each application with steadfast-runtime measures of itself ({@link ApplicationFigures}).
 * WildFly's metrics subsystem does not run on managed servers (docs/reasons.md#health-on-managed-servers), hence this page.
 *
 * <p>Only on the probe's own listener, whose port every managed server is told ({@code steadfast.probe.port}, by
 * cli-scripts/server/010): anywhere else, and on the application listener where the balancer forwards users in
 * particular, the page answers 404, so that no user learns a worker's figures through the balancer.
 */
@WebServlet("/metrics")
public class WorkerMetrics extends HttpServlet {

    private static final Pattern VIEW_SIZE = Pattern.compile("\\((\\d+)\\)");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!onProbeListener(request)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PrometheusText page = new PrometheusText();
        jvm(page);
        cluster(page, ManagementFactory.getPlatformMBeanServer());
        ApplicationFigures.render(page, ManagementFactory.getPlatformMBeanServer());
        response.setContentType(PrometheusText.CONTENT_TYPE);
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().print(page);
    }

    /** Refused where the property is missing too: the page is served only where it is known to be safe. */
    static boolean onProbeListener(HttpServletRequest request) {
        Integer probePort = Integer.getInteger("steadfast.probe.port");
        return probePort != null && request.getLocalPort() == probePort;
    }

    private static void jvm(PrometheusText page) {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        page.gauge("steadfast_jvm_memory_used_bytes", "Memory in use, after the last collection or since", heap.getUsed(), "area", "heap");
        page.gauge("steadfast_jvm_memory_max_bytes", "The most memory the JVM may use (-Xmx for the heap)", heap.getMax(), "area", "heap");
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if ("Metaspace".equals(pool.getName())) {
                page.gauge("steadfast_jvm_memory_used_bytes", "", pool.getUsage().getUsed(), "area", "metaspace");
                page.gauge("steadfast_jvm_memory_max_bytes", "", pool.getUsage().getMax(), "area", "metaspace");
            }
        }
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            page.counter("steadfast_jvm_gc_collections_total", "Garbage collections", gc.getCollectionCount(), "gc", gc.getName());
            page.counter("steadfast_jvm_gc_seconds_total", "Time spent collecting garbage", gc.getCollectionTime() / 1e3, "gc", gc.getName());
        }
        page.gauge("steadfast_jvm_threads", "Live threads", ManagementFactory.getThreadMXBean().getThreadCount());
        // Read as an attribute: com.sun.management's classes are not visible to a deployment.
        String cpuNanos = MBeanAttributes.text(ManagementFactory.getPlatformMBeanServer(), "java.lang:type=OperatingSystem", "ProcessCpuTime");
        if (cpuNanos.matches("\\d+")) {
            page.counter("process_cpu_seconds_total", "CPU time of the server's JVM", Long.parseLong(cpuNanos) / 1e9);
        }
        page.gauge("process_start_time_seconds", "When the server's JVM started, seconds since the epoch",
                ManagementFactory.getRuntimeMXBean().getStartTime() / 1e3);
    }

    private static void cluster(PrometheusText page, MBeanServer server) {
        String view = MBeanAttributes.text(server, MBeanAttributes.CHANNEL, "view");
        Matcher size = VIEW_SIZE.matcher(view);
        page.gauge("steadfast_cluster_view_members", "Members of the cluster view this worker is in (0 before it joined)",
                size.find() ? Integer.parseInt(size.group(1)) : 0);
        String health = MBeanAttributes.text(server, MBeanAttributes.WEB_HEALTH, "clusterHealth");
        page.gauge("steadfast_cluster_sessions_healthy", "1 when Infinispan finds every web session cache available and no "
                + "rebalance running (HEALTHY); 0 while it rebalances or is degraded", "HEALTHY".equals(health) ? 1 : 0);
    }
}
