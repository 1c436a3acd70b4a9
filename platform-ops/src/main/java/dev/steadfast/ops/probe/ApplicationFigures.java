package dev.steadfast.ops.probe;

import java.util.Set;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import dev.steadfast.ops.metrics.PrometheusText;

/**
 * What each application with steadfast-runtime publishes of itself as {@code dev.steadfast:type=...,application=NAME}
 * MBeans (the runtime library's {@code dev.steadfast.runtime.metrics}), rendered with the label {@code application}.
 * Read by attribute name, so the probe needs none of the library's classes.
 */
final class ApplicationFigures {

    private static final String[] STATUS_CLASSES = {"1xx", "2xx", "3xx", "4xx", "5xx"};

    private ApplicationFigures() {}

    static void render(PrometheusText page, MBeanServer server) {
        for (ObjectName name : names(server, "dev.steadfast:type=HttpRequests,*")) {
            requests(page, server, name, ObjectName.unquote(name.getKeyProperty("application")));
        }
        for (ObjectName name : names(server, "dev.steadfast:type=Audit,*")) {
            audit(page, server, name, ObjectName.unquote(name.getKeyProperty("application")));
        }
    }

    private static void requests(PrometheusText page, MBeanServer server, ObjectName name, String application) {
        try {
            long[] byClass = (long[]) server.getAttribute(name, "ResponsesByClass");
            for (int i = 0; i < byClass.length; i++) {
                page.counter("steadfast_http_requests_total", "Requests answered by the application, by status class",
                        byClass[i], "application", application, "status", STATUS_CLASSES[i]);
            }
            page.histogram("steadfast_http_request_duration_seconds", "How long the application took to answer",
                    (double[]) server.getAttribute(name, "DurationBucketBounds"), (long[]) server.getAttribute(name, "DurationBucketCounts"),
                    (Double) server.getAttribute(name, "DurationSecondsSum"), (Long) server.getAttribute(name, "Count"),
                    "application", application);
            page.gauge("steadfast_http_requests_in_flight", "Requests the application is serving now",
                    (Long) server.getAttribute(name, "InFlight"), "application", application);
        } catch (JMException | RuntimeException e) {
            // undeployed between the query and the read, or not one of steadfast-runtime's: nothing to show for it, and
            // the rest of the page stands
        }
    }

    private static void audit(PrometheusText page, MBeanServer server, ObjectName name, String application) {
        try {
            page.counter("steadfast_audit_records_sealed_total", "Audit records this worker sealed into the application's chain",
                    (Long) server.getAttribute(name, "RecordsSealed"), "application", application);
            page.gauge("steadfast_audit_chain_intact", "1 when the last verification found the audit chain intact, 0 when broken, "
                    + "-1 before the first", (Integer) server.getAttribute(name, "ChainIntact"), "application", application);
            page.gauge("steadfast_audit_chain_verified_timestamp_seconds", "When the audit chain was last verified (0: not yet)",
                    (Long) server.getAttribute(name, "LastVerifiedEpochSeconds"), "application", application);
        } catch (JMException | RuntimeException e) {
            // as above
        }
    }

    private static Set<ObjectName> names(MBeanServer server, String pattern) {
        try {
            return server.queryNames(new ObjectName(pattern), null);
        } catch (JMException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
