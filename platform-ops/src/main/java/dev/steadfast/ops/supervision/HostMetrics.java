package dev.steadfast.ops.supervision;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

import org.jboss.dmr.ModelNode;

import dev.steadfast.ops.management.Management;
import dev.steadfast.ops.metrics.PrometheusText;

/**
 * The host's page of figures, served by its supervisor ({@link MetricsEndpoint}): what the supervisor did (events by
 * server and kind: fenced, restarted, crash-loop, isolated, ...), what it last saw of each server (live, given up on,
 * the host cut off), and what only the management model knows of each running server: the datasource pools and the
 * web sessions of each deployment. Those are read through the domain controller when the page is asked for, two reads a
 * running server, each bounded by the supervisor's read time-out, so a hung server leaves its figures out instead of
 * stalling the page (with a slow domain controller a page can take 2 x 2 s a server: mind the scrape time-out).
 * (Managed servers run no metrics subsystem, and the model's own JMX view is closed to in-server code under RBAC,
 * measured: docs/reasons.md#metrics.)
 */
final class HostMetrics {

    private final String host;
    private final List<String> servers;
    private final Management management;
    private final Duration readTimeout;
    private final ConcurrentMap<String, AtomicLong> events = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Boolean> live = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Boolean> givenUp = new ConcurrentHashMap<>();
    private volatile boolean cutOff;

    HostMetrics(String host, List<String> servers, Management management, Duration readTimeout) {
        this.host = host;
        this.servers = List.copyOf(servers);
        this.management = management;
        this.readTimeout = readTimeout;
        // Each server's counters of what matters start at 0, not at their first event: Prometheus' increase() of a series
        // that first appears at 1 is 0, and the first fence would never alert.
        for (String server : this.servers) {
            for (String kind : List.of(SupervisorEvent.FENCED, SupervisorEvent.RESTARTED, SupervisorEvent.CRASH_LOOP,
                    SupervisorEvent.ISOLATED, SupervisorEvent.REJOINED)) {
                events.put(server + "\n" + kind, new AtomicLong());
            }
        }
    }

    void event(String server, String kind) {
        events.computeIfAbsent(server + "\n" + kind, k -> new AtomicLong()).incrementAndGet();
    }

    void sight(String server, boolean answered, boolean isGivenUp) {
        live.put(server, answered);
        givenUp.put(server, isGivenUp);
    }

    void cutOff(boolean cut) {
        cutOff = cut;
    }

    String page() {
        PrometheusText page = new PrometheusText();
        for (Map.Entry<String, AtomicLong> e : events.entrySet()) {
            String[] serverKind = e.getKey().split("\n", 2);
            page.counter("steadfast_supervisor_events_total", "What the host's supervisor did or saw, by server and kind "
                    + "(fenced, restarted, crash-loop, isolated, rejoined, ...), since it started", e.getValue().get(),
                    "host", host, "server", serverKind[0], "kind", serverKind[1]);
        }
        for (String server : servers) {
            page.gauge("steadfast_server_live", "1 when the server answered the supervisor's last probe in time",
                    live.getOrDefault(server, false) ? 1 : 0, "host", host, "server", server);
            page.gauge("steadfast_server_given_up", "1 when the supervisor gave up on a crash loop and left the server stopped",
                    givenUp.getOrDefault(server, false) ? 1 : 0, "host", host, "server", server);
        }
        page.gauge("steadfast_host_isolated", "1 while the host is cut off from the domain controller's side of the cluster "
                + "and its workers are kept stopped", cutOff ? 1 : 0, "host", host);
        for (String server : servers) {
            if (live.getOrDefault(server, false)) {
                pools(page, server);
                sessions(page, server);
            }
        }
        return page.toString();
    }

    private void pools(PrometheusText page, String server) {
        for (ModelNode item : readAll(server, "subsystem", "datasources", "data-source", "*", "statistics", "pool")) {
            String ds = item.get("address").asPropertyList().get(3).getValue().asString();
            ModelNode r = item.get("result");
            String[] labels = {"host", host, "server", server, "datasource", ds};
            page.gauge("steadfast_datasource_connections_in_use", "Connections the applications hold now", r.get("InUseCount").asInt(0), labels);
            page.gauge("steadfast_datasource_connections_available", "Connections that can still be handed out before the pool's "
                    + "maximum (max-pool-size minus those in use)", r.get("AvailableCount").asInt(0), labels);
            page.gauge("steadfast_datasource_connections_max_used", "The most connections in use at once since the server started",
                    r.get("MaxUsedCount").asInt(0), labels);
            page.counter("steadfast_datasource_waits_total", "Requests for a connection that had to wait for one",
                    r.get("WaitCount").asLong(0), labels);
            page.counter("steadfast_datasource_timeouts_total", "Requests for a connection that gave up waiting "
                    + "(blocking-timeout-wait-millis): the pool was exhausted", r.get("BlockingFailureCount").asLong(0), labels);
        }
    }

    private void sessions(PrometheusText page, String server) {
        for (ModelNode item : readAll(server, "deployment", "*", "subsystem", "undertow")) {
            String deployment = item.get("address").asPropertyList().get(2).getValue().asString();
            ModelNode r = item.get("result");
            String[] labels = {"host", host, "server", server, "deployment", deployment};
            page.gauge("steadfast_sessions_active", "Web sessions of the deployment on this server (owned or replicated here)",
                    r.get("active-sessions").asInt(0), labels);
            page.counter("steadfast_sessions_created_total", "Web sessions the deployment created on this server",
                    r.get("sessions-created").asLong(0), labels);
            page.counter("steadfast_sessions_rejected_total", "Web sessions refused because the deployment had its maximum",
                    r.get("rejected-sessions").asLong(0), labels);
        }
    }

    /** The successful items of a wildcard read under the server; none when the server or the domain controller did not answer. */
    private List<ModelNode> readAll(String server, String... path) {
        String[] pairs = new String[path.length + 4];
        pairs[0] = "host";
        pairs[1] = host;
        pairs[2] = "server";
        pairs[3] = server;
        System.arraycopy(path, 0, pairs, 4, path.length);
        ModelNode op = Management.op("read-resource", Management.address(pairs));
        op.get("include-runtime").set(true);
        try {
            ModelNode answer = management.executeRaw(op, readTimeout);
            if (!"success".equals(answer.get("outcome").asString())) {
                return List.of();
            }
            return answer.get("result").asList().stream().filter(i -> "success".equals(i.get("outcome").asString())).toList();
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}
