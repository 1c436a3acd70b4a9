package dev.steadfast.ops.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.steadfast.ops.ClassPathFolder;
import dev.steadfast.ops.UserError;
import dev.steadfast.ops.provision.Secrets;
import dev.steadfast.ops.system.PrivateFiles;
import dev.steadfast.ops.topology.Group;
import dev.steadfast.ops.topology.Host;
import dev.steadfast.ops.topology.Ports;
import dev.steadfast.ops.topology.Server;
import dev.steadfast.ops.topology.Topology;

/**
 * {@code steadfast monitoring}: what a Prometheus needs to watch a domain, written into one directory (0700):
 * {@code prometheus.yml} with a target per worker (its probe listener) and per host (its supervisor), both over TLS with
 * the monitoring client's key pair (trusted by those two alone, never by the workers' application listener), labelled
 * host, server and, for workers, group; the alert rules and the Grafana dashboard of {@code monitoring/}; the
 * certificate to trust and the monitoring key pair as PEM (0600).
 */
record MonitoringFiles(Topology topology, Secrets secrets) {

    static final String PROMETHEUS = "prometheus.yml";
    static final String RULES = "steadfast-rules.yml";
    static final String DASHBOARD = "steadfast-dashboard.json";
    private static final String HEADER = "# Written by `steadfast monitoring`";

    /**
     * Writes into {@code dir}: a new or empty directory, or one this command wrote before (its prometheus.yml begins
     * with this command's header); any other is refused, since the directory is made 0700 and its files replaced.
     */
    List<Path> write(Path dir, int scrapeSeconds) {
        if (Files.isDirectory(dir) && !empty(dir) && !writtenHere(dir)) {
            throw new UserError("Write the monitoring files into a directory of their own: " + dir + " holds other files.");
        }
        PrivateFiles.directory(dir);
        secrets.writeMonitoringPem(dir.resolve("client.crt"), dir.resolve("client.key"));
        Path monitoring = ClassPathFolder.of("monitoring", "README.md");
        PrivateFiles.copy(monitoring.resolve("prometheus").resolve(RULES), dir.resolve(RULES));
        PrivateFiles.copy(monitoring.resolve("grafana").resolve(DASHBOARD), dir.resolve(DASHBOARD));
        PrivateFiles.copy(secrets.certificate(), dir.resolve("steadfast.crt"));
        PrivateFiles.write(dir.resolve(PROMETHEUS), prometheusYml(scrapeSeconds));
        return List.of(dir.resolve(PROMETHEUS), dir.resolve(RULES), dir.resolve(DASHBOARD));
    }

    /** The scrape configuration; paths are relative to the file, so the directory can move as a whole. */
    String prometheusYml(int scrapeSeconds) {
        StringBuilder yml = new StringBuilder("""
                %s for topology %s; write it again rather than edit it.
                global:
                  scrape_interval: %ds
                  scrape_timeout: %ds
                  evaluation_interval: %ds
                rule_files:
                  - %s
                scrape_configs:
                  # Each worker's steadfast-probe.war, on its probe listener (never through the balancer).
                  - job_name: steadfast-workers
                    scheme: https
                    metrics_path: /steadfast-probe/metrics
                %s    static_configs:
                """.formatted(HEADER, topology.name(), scrapeSeconds, Math.min(scrapeSeconds, 10), scrapeSeconds, RULES, tls()));
        for (Group group : topology.workerGroups()) {
            for (Server s : group.servers()) {
                yml.append(target(s.host().publicAddress() + ":" + s.port(Ports.PROBE_HTTPS),
                        "host: " + s.host().name() + ", server: " + s.name() + ", group: " + group.name()));
            }
        }
        yml.append("""
                  # Each host's supervisor: what it did, and the pools and sessions the management model knows. Its page
                  # names host and server itself, so they are honoured.
                  - job_name: steadfast-hosts
                    scheme: https
                    honor_labels: true
                %s    static_configs:
                """.formatted(tls()));
        for (Host h : topology.hosts()) {
            yml.append(target(h.managementAddress() + ":" + Ports.HOST_METRICS, "host: " + h.name()));
        }
        return yml.toString();
    }

    private static String tls() {
        return """
                    tls_config:
                      ca_file: steadfast.crt
                      cert_file: client.crt
                      key_file: client.key
                """;
    }

    private static String target(String address, String labels) {
        return "      - targets: ['" + address + "']\n        labels: {" + labels + "}\n";
    }

    private static boolean writtenHere(Path dir) {
        try {
            return Files.isRegularFile(dir.resolve(PROMETHEUS)) && Files.readString(dir.resolve(PROMETHEUS)).startsWith(HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean empty(Path dir) {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
