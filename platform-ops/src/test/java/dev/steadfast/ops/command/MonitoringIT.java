package dev.steadfast.ops.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import java.util.function.DoublePredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import dev.steadfast.ops.supervision.ServerJvm;
import dev.steadfast.ops.topology.Ports;
import dev.steadfast.ops.topology.Server;
import dev.steadfast.ops.topology.Topology;
import dev.steadfast.testing.MetricsPage;
import dev.steadfast.testing.TestClient;

/**
 * The local domain watched by a real Prometheus (Debian's, unpacked by bin/prometheus-setup) with the configuration
 * {@code steadfast monitoring} writes: every target up, every metric the alert rules and the dashboard name exported,
 * figures that move with what is done (requests, a held connection, a killed worker, and the alert that follows),
 * figures no one reads through the balancer or without a key, and a monitoring key that opens nothing else. Prometheus runs on loopback and is stopped by its PID, even on
 * failure; the kill runs last.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MonitoringIT {

    private static final String BALANCER = "https://127.0.0.11:8443";
    private static final Topology LOCAL = Topology.load("local");
    private static final Path PROMETHEUS = Path.of(System.getProperty("steadfast.prometheus.home", "target/prometheus"), "usr/bin/prometheus");
    private static final Path RULES = SteadfastCommand.ROOT.resolve("monitoring/prometheus/steadfast-rules.yml");
    private static final Path DASHBOARD = SteadfastCommand.ROOT.resolve("monitoring/grafana/steadfast-dashboard.json");

    private final SteadfastCommand steadfast = new SteadfastCommand(TestState.directory("monitoring"));
    private final HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private boolean up;
    private Process prometheus;
    private String prometheusUrl;

    @BeforeAll
    void upWithTheCounterAppAndPrometheusWatchingIt() throws IOException {
        SteadfastCommand.Result r = steadfast.run("up", "--no-class-data-archives");
        up = r.exitCode() == 0;
        assertEquals(0, r.exitCode(), "steadfast up failed:\n" + r.stdout() + r.stderr());
        Path war = CounterApp.war(Files.createTempDirectory("counter"));
        SteadfastCommand.Result deploy = steadfast.run("deploy", war.toString(), "--group", "steadfast-apps");
        assertEquals(0, deploy.exitCode(), deploy.stderr());
        awaitOk(operator(), BALANCER + "/counter/count");

        // up starts the supervisors last: their endpoints may still be opening.
        for (Server worker : LOCAL.workerGroups().get(0).servers()) {
            awaitOk(operator(), hostMetrics(worker));
        }
        Path monitoring = steadfast.state().resolve("monitoring");
        SteadfastCommand.Result written = steadfast.run("monitoring", "--output", monitoring.toString(), "--scrape-interval", "2");
        assertEquals(0, written.exitCode(), written.stderr());
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        prometheusUrl = "http://127.0.0.1:" + port;
        // A fresh store (freshDirectory): names an earlier run recorded must not stand in for what this domain exports.
        prometheus = new ProcessBuilder(PROMETHEUS.toString(), "--config.file=" + monitoring.resolve("prometheus.yml"),
                "--web.listen-address=127.0.0.1:" + port, "--storage.tsdb.path=" + TestState.freshDirectory("monitoring-prometheus"))
                .redirectErrorStream(true).redirectOutput(monitoring.resolve("prometheus.log").toFile()).start();
    }

    @AfterAll
    void prometheusStoppedThenDown() throws InterruptedException {
        if (prometheus != null) {
            prometheus.destroy();
            if (!prometheus.waitFor(20, TimeUnit.SECONDS)) {
                prometheus.destroyForcibly();
            }
        }
        if (up) {
            SteadfastCommand.Result down = steadfast.run("down");
            assertEquals(0, down.exitCode(), down.stderr());
        }
    }

    /**
     * The key pair Prometheus is given opens the figures and nothing else: the workers' application listener, which
     * trusts the domain's key alone, refuses it in the TLS handshake, while the operator's client (the domain's key)
     * is served there; on the probe listener, which takes it, an application's path is 404. Both clients are served
     * the probe's figures and the host's.
     */
    @Test
    @Order(1)
    void theMonitoringKeyReadsTheFiguresButIsRefusedByTheWorkersApplicationListener() throws Exception {
        Server worker = LOCAL.workerGroups().get(0).servers().get(0);
        String base = "https://" + worker.host().publicAddress() + ":";
        String application = base + worker.port(Ports.HTTPS) + "/counter/count";
        String probeMetrics = base + worker.port(Ports.PROBE_HTTPS) + "/steadfast-probe/metrics";
        HttpClient monitoring = monitoringClient();
        assertEquals(200, monitoring.send(HttpRequest.newBuilder(URI.create(probeMetrics)).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(200, monitoring.send(HttpRequest.newBuilder(URI.create(hostMetrics(worker))).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        // Positive control: the domain's key is served by the application listener.
        assertEquals(200, operator().get(application).statusCode());
        assertThrows(IOException.class, () -> monitoring.send(HttpRequest.newBuilder(URI.create(application)).build(),
                HttpResponse.BodyHandlers.ofString()), "the application listener served the monitoring key");
        // Nor through the probe listener, which takes it: only steadfast-probe.war answers there.
        assertEquals(404, monitoring.send(HttpRequest.newBuilder(URI.create(base + worker.port(Ports.PROBE_HTTPS) + "/counter/count")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode(), "an application answered on the probe listener");
    }

    @Test
    @Order(1)
    void noFigureIsServedThroughTheBalancerNorToAClientWithoutTheDomainsKey() {
        TestClient stranger = TestClient.stranger(URI.create(BALANCER + "/"), steadfast.state().resolve("secrets"));
        Server worker = LOCAL.workerGroups().get(0).servers().get(0);
        String probeMetrics = "https://" + worker.host().publicAddress() + ":" + worker.port(Ports.PROBE_HTTPS) + "/steadfast-probe/metrics";
        String hostMetrics = hostMetrics(worker);
        // Positive controls: the operator's client reads both pages, and the balancer serves the probe's other pages.
        assertTrue(operator().get(probeMetrics).body().contains("steadfast_cluster_view_members "), probeMetrics);
        assertTrue(operator().get(hostMetrics).body().contains("steadfast_server_live{"), hostMetrics);
        assertEquals(200, stranger.get(BALANCER + "/steadfast-probe/").statusCode());

        assertEquals(404, stranger.get(BALANCER + "/steadfast-probe/metrics").statusCode(), "the balancer forwarded the figures");
        assertEquals(404, operator().get("https://" + worker.host().publicAddress() + ":" + worker.port(Ports.HTTPS)
                + "/steadfast-probe/metrics").statusCode(), "the application listener served the figures");
        assertThrows(UncheckedIOException.class, () -> stranger.get(hostMetrics), "the host's figures without the key");
        assertEquals(405, operator().send(operator().request(hostMetrics).POST(HttpRequest.BodyPublishers.noBody())).statusCode());
        assertEquals(404, operator().get(hostMetrics.replace("/metrics", "/")).statusCode());
    }

    @Test
    @Order(2)
    void theRequestCountGoesUpByExactlyTheRequestsMade() {
        double before = workersSum("steadfast_http_requests_total", "application=\"counter\"", "status=\"2xx\"");
        double timedBefore = workersSum("steadfast_http_request_duration_seconds_count", "application=\"counter\"");
        TestClient user = operator();
        for (int i = 0; i < 7; i++) {
            assertEquals(200, user.get(BALANCER + "/counter/count").statusCode());
        }
        assertEquals(before + 7, workersSum("steadfast_http_requests_total", "application=\"counter\"", "status=\"2xx\""));
        assertEquals(timedBefore + 7, workersSum("steadfast_http_request_duration_seconds_count", "application=\"counter\""));
    }

    @Test
    @Order(3)
    void aHeldConnectionShowsInUseAtItsHostUntilItIsGivenBack() {
        DoubleSupplier inUse = () -> LOCAL.hosts().stream().mapToDouble(h -> MetricsPage.sum(operator().get("https://" + h.managementAddress() + ":"
                + Ports.HOST_METRICS + "/metrics").body(), "steadfast_datasource_connections_in_use", "datasource=\"SteadfastDS\"")).sum();
        assertEquals(0, inUse.getAsDouble(), "a connection is in use before the test holds one");
        TestClient user = operator();
        CompletableFuture<HttpResponse<String>> holding = CompletableFuture.supplyAsync(() -> user.get(BALANCER + "/counter/hold?seconds=6"));
        await("a connection in use", inUse, n -> n == 1);
        HttpResponse<String> held = holding.join();
        assertEquals(200, held.statusCode(), held.body());
        await("the connection given back", inUse, n -> n == 0);
    }

    @Test
    @Order(4)
    void prometheusScrapesEveryWorkerAndHostAndFindsEveryMetricTheRulesAndTheDashboardName() throws IOException {
        await("every target up", () -> {
            List<ModelNode> targets = api("/api/v1/targets").get("activeTargets").asList();
            return targets.size() == 4 && targets.stream().allMatch(t -> "up".equals(t.get("health").asString())) ? 1 : 0;
        }, n -> n == 1);
        Set<String> named = new TreeSet<>();
        for (Path file : List.of(RULES, DASHBOARD)) {
            Matcher m = Pattern.compile("\\b(steadfast_[a-z0-9_]+|process_[a-z_]+|up)\\b").matcher(Files.readString(file));
            while (m.find()) {
                named.add(m.group(1));
            }
        }
        assertTrue(named.size() >= 25, "names found in the rules and the dashboard: " + named);
        Set<String> exported = new TreeSet<>();
        api("/api/v1/label/__name__/values").asList().forEach(n -> exported.add(n.asString()));
        Set<String> missing = new TreeSet<>(named);
        missing.removeAll(exported);
        assertEquals(Set.of(), missing, "named by a rule or the dashboard but exported by no target");
        assertEquals(11, api("/api/v1/rules").get("groups").get(0).get("rules").asList().size(), "the rules Prometheus loaded");
    }

    @Test
    @Order(5)
    void aKilledWorkerLeavesTheOtherAloneInItsViewAndPrometheusAlertsTheRestart() {
        Server killed = LOCAL.workerGroups().get(0).servers().get(1);
        Server other = LOCAL.workerGroups().get(0).servers().get(0);
        String otherMetrics = "https://" + other.host().publicAddress() + ":" + other.port(Ports.PROBE_HTTPS) + "/steadfast-probe/metrics";
        DoubleSupplier view = () -> MetricsPage.sum(operator().get(otherMetrics).body(), "steadfast_cluster_view_members");
        DoubleSupplier restarts = () -> MetricsPage.sum(operator().get(hostMetrics(killed)).body(), "steadfast_supervisor_events_total",
                "server=\"" + killed.name() + "\"", "kind=\"restarted\"");
        assertEquals(2, view.getAsDouble());
        assertEquals(0, restarts.getAsDouble());

        ServerJvm.find(killed.name(), steadfast.state().resolve("hosts").resolve(killed.host().name()).toAbsolutePath().normalize())
                .orElseThrow().kill();
        await(other.name() + "'s view without " + killed.name(), view, n -> n == 1);
        await("the supervisor's restart of " + killed.name(), restarts, n -> n == 1);
        await("the alert ServerFencedOrRestarted", () -> api("/api/v1/alerts").get("alerts").asList().stream()
                .filter(a -> "ServerFencedOrRestarted".equals(a.get("labels", "alertname").asString()))
                .filter(a -> killed.name().equals(a.get("labels", "server").asString()) && "firing".equals(a.get("state").asString()))
                .count(), n -> n == 1);
        await(killed.name() + " back in " + other.name() + "'s view", view, n -> n == 2);
    }

    /** A client as Prometheus is one: the monitoring key pair `up` made, trusting the domain's certificate. */
    private HttpClient monitoringClient() throws GeneralSecurityException, IOException {
        Path secrets = steadfast.state().resolve("secrets");
        char[] password = Files.readString(secrets.resolve("tls.password")).strip().toCharArray();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        KeyStore trust = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(secrets.resolve("steadfast-monitoring.p12"))) {
            keys.load(in, password);
        }
        try (var in = Files.newInputStream(secrets.resolve("steadfast-trust.p12"))) {
            trust.load(in, password);
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, password);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(tls).version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    private TestClient operator() {
        return new TestClient(URI.create(BALANCER + "/"), steadfast.state().resolve("secrets"));
    }

    private static String hostMetrics(Server server) {
        return "https://" + server.host().managementAddress() + ":" + Ports.HOST_METRICS + "/metrics";
    }

    /** The sum over both workers' pages of the samples of {@code name} that have every one of {@code labels}. */
    private double workersSum(String name, String... labels) {
        return LOCAL.workerGroups().get(0).servers().stream().mapToDouble(s -> MetricsPage.sum(operator().get("https://" + s.host().publicAddress()
                + ":" + s.port(Ports.PROBE_HTTPS) + "/steadfast-probe/metrics").body(), name, labels)).sum();
    }

    private ModelNode api(String path) {
        try {
            HttpResponse<String> r = plain.send(HttpRequest.newBuilder(URI.create(prometheusUrl + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            ModelNode answer = ModelNode.fromJSONString(r.body());
            assertEquals("success", answer.get("status").asString(), path + ": " + r.body());
            return answer.get("data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls every 500 ms for up to 90 s; an unreachable source counts as not yet. */
    private static void await(String what, DoubleSupplier source, DoublePredicate until) {
        double last = Double.NaN;
        for (int i = 0; i < 180; i++) {
            try {
                last = source.getAsDouble();
                if (until.test(last)) {
                    return;
                }
            } catch (RuntimeException e) {
                last = Double.NaN;
            }
            sleep(500);
        }
        throw new AssertionError("not within 90 s: " + what + " (last seen " + last + ")");
    }

    private static void awaitOk(TestClient client, String url) {
        await(url + " served", () -> client.get(url).statusCode(), n -> n == 200);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
