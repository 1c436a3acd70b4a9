package dev.steadfast.ops.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.SecretKey;

import org.jboss.dmr.ModelNode;
import org.jgroups.JChannel;
import org.jgroups.auth.AuthToken;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import dev.steadfast.ops.health.HttpsProbe;
import dev.steadfast.ops.management.Management;
import dev.steadfast.ops.provision.Secrets;
import dev.steadfast.ops.supervision.ServerJvm;
import dev.steadfast.ops.topology.Ports;
import dev.steadfast.ops.topology.Server;
import dev.steadfast.ops.topology.Topology;
import dev.steadfast.testing.Fences;
import dev.steadfast.testing.TestClient;

/**
 * Brings the local topology up with {@code bin/steadfast up} on the default H2 database and deploys the counter app
 * with {@code steadfast deploy}, checks what "up" promises through the management model and over HTTPS through the
 * balancer, and always brings it down again, proving that down leaves no process behind. The tests run in a random
 * order: none depends on another.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.Random.class)
class LocalTopologyIT {

    private static final String BALANCER = "https://127.0.0.11:8443";
    private static final List<String> WORKERS = List.of("apps-1", "apps-2");
    private static final Topology LOCAL = Topology.load("local");

    private final SteadfastCommand steadfast = new SteadfastCommand(TestState.directory("local-topology"));

    private boolean up;
    private ProcSampler sampler;
    /** Event logs outlive a domain: only what this test's domain did counts. */
    private final Instant started = Instant.now();

    /** Up, watched by a sampler of every process's command line and environment, then the counter app deployed. */
    @BeforeAll
    void upWithTheCounterAppDeployed() throws IOException, InterruptedException {
        try (ProcSampler watching = new ProcSampler()) {
            sampler = watching;
            SteadfastCommand.Result r = steadfast.run("up");
            assertEquals(0, r.exitCode(), "steadfast up failed:\n" + r.stdout() + r.stderr());
            up = true;
        }
        deployCounter();
    }

    @Test
    void noSecretIsOnAnyCommandLineOrInAnyEnvironmentDuringUpWhileAPlantedCanaryIs() {
        assertTrue(sampler.sawBothCanaries(), "the sampler must see the planted canaries (" + sampler.rounds() + " rounds)");
        List<String> secrets = ProcSampler.secretsOf(steadfast.state());
        assertTrue(secrets.size() >= 6, "admin, secondary host, tls, db, cluster and app-admin passwords: " + secrets.size());
        assertEquals(List.of(), sampler.holding(secrets));
    }

    /** Runs last whatever the order of the tests; its assertions fail the class. */
    @AfterAll
    void downStopsEveryProcessItStartedAndOfflineApplyThenChangesNothing() throws IOException {
        if (!up) {
            steadfast.run("down");
            return;
        }
        SteadfastCommand.Result down = steadfast.run("down");
        assertEquals(0, down.exitCode(), down.stderr());
        List<String> left = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains(steadfast.state().toString()))
                .map(p -> p.pid() + " " + p.info().commandLine().orElse("")).toList();
        assertEquals(List.of(), left);

        List<Path> xml = List.of(steadfast.state().resolve("hosts/primary/configuration/domain.xml"),
                steadfast.state().resolve("hosts/primary/configuration/host-primary.xml"),
                steadfast.state().resolve("hosts/secondary/configuration/host-secondary.xml"));
        List<String> before = new java.util.ArrayList<>();
        for (Path f : xml) {
            before.add(Files.readString(f));
        }
        SteadfastCommand.Result apply = steadfast.run("apply", "--offline");
        assertEquals(0, apply.exitCode(), apply.stderr());
        assertEquals("Applied all scripts offline: no change.", apply.stdout().strip());
        for (int i = 0; i < xml.size(); i++) {
            assertEquals(before.get(i), Files.readString(xml.get(i)), xml.get(i) + " changed");
        }
        assertEquals(List.of(), Fences.since(steadfast.state(), started), "a server was fenced, and none hung here");
    }

    @Test
    void upReturnsWithBothHostsEveryServerRunningCompleteClusterViewsAndEveryWorkerAtTheBalancer() {
        ModelNode status = status();
        assertEquals(Set.of("primary", "secondary"), strings(status.get("hosts")));
        assertTrue(status.get("ready").asBoolean(), status.toString());
        List<ModelNode> servers = status.get("servers").asList();
        assertEquals(3, servers.size());
        for (ModelNode s : servers) {
            assertEquals("running", s.get("state").asString(), s.toString());
            if (!s.get("balancer").asBoolean()) {
                assertTrue(s.get("registeredAtBalancer").asBoolean(), s.get("server").asString() + " is not registered at the balancer");
                assertEquals(new HashSet<>(WORKERS), strings(s.get("clusterMembers")), s.get("server").asString() + "'s cluster view");
            }
        }
        assertEquals(1, servers.stream().filter(s -> !s.get("balancer").asBoolean()).map(s -> s.get("clusterView").asString()).distinct().count(),
                "the workers see different views: " + servers);
        // Where everything is, for tests and scripts: each server's own HTTPS address, the balancer's, the secrets.
        assertEquals(BALANCER, status.get("balancer").asString());
        assertEquals(steadfast.state().resolve("secrets").toString(), status.get("secrets").asString());
        for (ModelNode s : servers) {
            Server server = LOCAL.servers().stream().filter(x -> x.name().equals(s.get("server").asString())).findFirst().orElseThrow();
            assertEquals("https://" + server.host().publicAddress() + ":" + server.port(Ports.HTTPS), s.get("https").asString());
        }
    }

    @Test
    void datasourceReachesTheDatabaseFromEveryWorker() {
        try (Management m = TestState.management(steadfast.state())) {
            for (ModelNode s : status().get("servers").asList()) {
                if (!s.get("balancer").asBoolean()) {
                    assertEquals(true, TestState.testConnection(m, s.get("host").asString(), s.get("server").asString()));
                }
            }
        }
    }

    @Test
    void managementAnswersOnlyTheGeneratedAdministratorAndOnlyOverHttps() throws IOException {
        Path state = steadfast.state();
        try (Management wrongPassword = TestState.managementAs(state, Secrets.ADMIN_USER, "not-the-password")) {
            assertFalse(wrongPassword.reachable(), "a wrong password was accepted");
        }
        try (Management localUser = TestState.managementWithoutCredentials(state)) {
            assertFalse(localUser.reachable(), "a local process got in without a password (JBOSS-LOCAL-USER)");
        }
        try (Management admin = TestState.management(state)) {
            assertTrue(admin.reachable());
            assertEquals("rbac", admin.readAttribute(Management.address("core-service", "management", "access", "authorization"),
                    "provider").asString());
        }
        for (String address : List.of("127.0.0.11", "127.0.0.12")) {
            try (Socket plain = new Socket()) {
                assertThrows(IOException.class, () -> plain.connect(new InetSocketAddress(address, 9990), 1000),
                        "plain HTTP management is open on " + address);
            }
        }
    }

    @Test
    void upWhenAlreadyUpIsRefusedAndChangesNothing() {
        SteadfastCommand.Result again = steadfast.run("up");
        assertEquals(2, again.exitCode());
        assertEquals("Steadfast is already up (topology local); run 'steadfast down' first.", again.stderr().strip());
        assertTrue(status().get("ready").asBoolean());
    }

    @Test
    void appDeployedWithSteadfastRunsOnEveryWorkerOfTheCluster() throws IOException {
        // Deployed by the set-up; deploying it again replaces it one server at a time, and it must run everywhere after.
        deployCounter();
        for (ModelNode s : status().get("servers").asList()) {
            if (!s.get("balancer").asBoolean()) {
                String worker = s.get("server").asString();
                assertTrue(strings(s.get("deployments")).contains("counter.war"), worker + " does not list counter.war");
                // Straight at the worker's own HTTPS port, not through the balancer: this worker itself serves the app.
                String body = awaitContext(client(), s.get("https").asString() + "/counter/count");
                assertEquals("count=1 node=" + worker, body);
            }
        }
        assertTrue(status().get("ready").asBoolean(), "the domain is not ready after the deployment");
    }

    @Test
    void aWorkerRefusesAClientWithoutTheDomainsKeyWhileTheBalancerServesTheSameClient() {
        TestClient stranger = TestClient.stranger(URI.create(BALANCER + "/"), steadfast.state().resolve("secrets"));
        // Positive control: the stranger is served through the balancer, and a worker serves the operator's client.
        assertTrue(awaitContext(stranger, BALANCER + "/steadfast-probe/").startsWith("ready node=apps-"));
        int refused = 0;
        for (Server worker : LOCAL.workerGroups().get(0).servers()) {
            String address = "https://" + worker.host().publicAddress() + ":";
            // The application listener and the probe's own (domain/097).
            for (String probe : List.of(address + worker.port(Ports.HTTPS) + "/steadfast-probe/",
                    address + worker.port(Ports.PROBE_HTTPS) + "/steadfast-probe/health")) {
                assertEquals(200, client().get(probe).statusCode(), "the operator's client at " + probe);
                // Refused in the TLS handshake: no HTTP answer at all.
                assertThrows(UncheckedIOException.class, () -> stranger.get(probe),
                        "a worker served a client without the domain's key: " + probe);
                refused++;
            }
        }
        assertEquals(2 * WORKERS.size(), refused);
    }

    @Test
    void remotingOnAWorkersPlainPortIsNotOfferedWhileItsHttpsPortOffersItToAHolderOfTheKey() throws IOException {
        Path secrets = steadfast.state().resolve("secrets");
        for (Server worker : LOCAL.workerGroups().get(0).servers()) {
            String address = worker.host().publicAddress();
            try (Socket plain = new Socket(address, worker.port(Ports.HTTP))) {
                plain.setSoTimeout(10_000);
                assertFalse(remotingUpgrade(plain).startsWith("HTTP/1.1 101"),
                        "remoting offered on the plain port of " + worker.name() + ", past the client certificate");
            }
            // Positive control: the same request over TLS with the domain's key is upgraded.
            URI https = URI.create("https://" + address + ":" + worker.port(Ports.HTTPS) + "/");
            try (Socket tls = TestClient.socketFrom("127.0.0.1", https, secrets, true)) {
                assertTrue(remotingUpgrade(tls).startsWith("HTTP/1.1 101"), "remoting not offered on " + https);
            }
        }
    }

    /** Asks for the JBoss Remoting upgrade that EJB and JNDI clients use; answers the status line. */
    private static String remotingUpgrade(Socket socket) throws IOException {
        socket.getOutputStream().write(("GET / HTTP/1.1\r\nHost: " + socket.getInetAddress().getHostAddress() + "\r\n"
                + "Upgrade: jboss-remoting\r\nConnection: Upgrade\r\nSec-JbossRemoting-Key: c3RlYWRmYXN0LXRlc3Q=\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        return status == null ? "" : status;
    }

    @Test
    void httpsThroughTheBalancerReachesEachWorker() {
        // The probe every worker group has from the start answers through the balancer too.
        assertTrue(awaitContext(client(), BALANCER + "/steadfast-probe/").startsWith("ready node=apps-"));
        for (String worker : WORKERS) {
            // A session id ending in .<route> is routed by mod_cluster to the worker of that route; a new client
            // each time, so that no session cookie of an earlier request decides the route instead.
            TestClient https = client();
            String body = awaitContext(https, BALANCER + "/counter/count", "Cookie", "JSESSIONID=unknown." + worker);
            assertTrue(body.endsWith("node=" + worker), "expected " + worker + " but got: " + body);
        }
    }

    @Test
    void oneSessionCookieKeepsCountingOnTheSameWorker() {
        TestClient https = client();
        String first = awaitContext(https, BALANCER + "/counter/count");
        assertTrue(first.startsWith("count=1 "), first);
        String node = first.substring(first.indexOf("node="));
        for (int expected = 2; expected <= 20; expected++) {
            HttpResponse<String> r = https.get(BALANCER + "/counter/count");
            assertEquals(200, r.statusCode());
            assertEquals("count=" + expected + " " + node, r.body(), "stickiness or the session was lost");
        }
        String cookie = https.get(BALANCER + "/counter/count").headers().firstValue("set-cookie").orElse("");
        assertTrue(!cookie.contains("Version=1") && !cookie.contains("\""), "a quoted cookie breaks stickiness: " + cookie);
    }

    @Test
    void mcmpFromAnAddressOfNoWorkerIsRefusedAndChangesNoNodeWhileAWorkersAddressReadsTheTable() throws IOException {
        String before = mcmp("127.0.0.12", "DUMP", "");
        assertTrue(before.startsWith("HTTP/1.1 200") && before.contains("apps-1") && before.contains("apps-2"),
                "a worker's address reads the node table: " + before);

        for (String[] message : List.of(new String[] {"DUMP", ""}, new String[] {"INFO", ""},
                new String[] {"CONFIG", "JVMRoute=intruder&Host=127.0.0.99&Port=8443&Type=https"},
                new String[] {"ENABLE-APP", "JVMRoute=apps-1&Alias=localhost&Context=/intruded"})) {
            String answer = mcmp("127.0.0.99", message[0], message[1]);
            assertFalse(answer.startsWith("HTTP/1.1 200"), message[0] + " from an address of no worker: " + answer);
            assertFalse(answer.contains("apps-1"), message[0] + " revealed the node table: " + answer);
        }

        String after = mcmp("127.0.0.12", "DUMP", "");
        assertFalse(after.contains("intruder") || after.contains("/intruded"), "the node table changed: " + after);
        assertEquals(routes(before), routes(after));
    }

    @Test
    void aChannelWithoutTheClusterKeyOrWithoutTheJoinSecretCannotJoinTheWorkersWhileOneWithBothJoinsThem() throws Exception {
        List<String> workerHosts = List.of("127.0.0.11", "127.0.0.12");
        int jgroups = LOCAL.workerGroups().get(0).servers().get(0).port(Ports.JGROUPS);
        Path secrets = steadfast.state().resolve("secrets");
        SecretKey key = ClusterChannel.key(secrets);
        AuthToken token = ClusterChannel.token(steadfast.state(), Files.readString(secrets.resolve("cluster-auth.password")).trim());
        AuthToken guessed = ClusterChannel.token(steadfast.state(), "a-guessed-secret");
        try (JChannel stranger = ClusterChannel.of("127.0.0.13", 7800, workerHosts, jgroups, null, token)) {
            stranger.connect("ejb");
            assertEquals(1, stranger.getView().size(), "without the key, alone: " + stranger.getView());
        }
        try (JChannel impostor = ClusterChannel.of("127.0.0.13", 7801, workerHosts, jgroups, key, guessed)) {
            // The coordinator answers a refused join with its reason, which connect throws; or the joiner stays alone.
            SecurityException refused = null;
            try {
                impostor.connect("ejb");
            } catch (SecurityException e) {
                refused = e;
            }
            assertTrue(refused != null || impostor.getView().size() == 1,
                    "with the key but a guessed join secret, it joined: " + impostor.getView());
        }
        try (JChannel member = ClusterChannel.of("127.0.0.13", 7802, workerHosts, jgroups, key, token)) {
            member.connect("ejb");
            assertEquals(3, member.getView().size(), "with the key and the join secret, a member of the workers' cluster: " + member.getView());
        }
        // The member has left: the workers' views hold the two of them again, as the other tests expect.
        boolean ready = false;
        for (int i = 0; i < 60 && !ready; i++) {
            ready = status().get("ready").asBoolean();
            if (!ready) {
                sleep(500);
            }
        }
        assertTrue(ready, "the workers' cluster did not return to its two members");
    }

    /** One MCMP message over plain HTTP to the balancer's MCMP port, sent from the given loopback address. */
    private static String mcmp(String from, String method, String body) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress("127.0.0.11", LOCAL.mcmpPort()), 5_000);
            socket.setSoTimeout(10_000);
            byte[] content = body.getBytes(StandardCharsets.US_ASCII);
            String request = method + " / HTTP/1.1\r\nHost: 127.0.0.11\r\nConnection: close\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + content.length + "\r\n\r\n" + body;
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    /** The JVMRoute of every node in a DUMP answer. */
    private static Set<String> routes(String dump) {
        Set<String> routes = new HashSet<>();
        Matcher m = Pattern.compile("JVMRoute: ?([A-Za-z0-9-]+)").matcher(dump);
        while (m.find()) {
            routes.add(m.group(1));
        }
        return routes;
    }

    /**
     * The supervisor's probe of the balancer ({@link HttpsProbe#BALANCER_LIVE}) is answered by the balancer itself, so
     * that workers that hang never make it look hung too: no worker registers "/" with it (domain/060). Both workers
     * are frozen for less than the supervisor's shortest fence (9 s).
     */
    @Test
    void theBalancerAnswersItsLivenessProbeItselfWhileBothWorkersAreFrozen() throws IOException, InterruptedException {
        List<ProcessHandle> workers = LOCAL.workerGroups().get(0).servers().stream().map(s -> ServerJvm.find(s.name(),
                steadfast.state().resolve("hosts").resolve(s.host().name()).toAbsolutePath().normalize()).orElseThrow().process()).toList();
        TestClient operator = client();
        signal("-STOP", workers);
        try {
            // Positive control: an application's path waits on the frozen workers.
            assertThrows(UncheckedIOException.class, () -> operator.send(operator.bareRequest("/steadfast-probe/").timeout(Duration.ofSeconds(2))),
                    "the workers were not frozen");
            assertEquals(404, operator.send(operator.bareRequest(HttpsProbe.BALANCER_LIVE).timeout(Duration.ofSeconds(2))).statusCode());
        } finally {
            signal("-CONT", workers);
        }
    }

    private static void signal(String signal, List<ProcessHandle> processes) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("kill", signal));
        processes.forEach(p -> command.add(Long.toString(p.pid())));
        assertEquals(0, new ProcessBuilder(command).inheritIO().start().waitFor(), String.join(" ", command));
    }

    @Test
    void plainHttpIsRedirectedToHttps() {
        HttpResponse<String> r = client().get("http://127.0.0.11:8080/counter/count?a=1");
        assertTrue(r.statusCode() == 301 || r.statusCode() == 302 || r.statusCode() == 307 || r.statusCode() == 308, "status " + r.statusCode());
        assertEquals("https://127.0.0.11:8443/counter/count?a=1", r.headers().firstValue("location").orElse(""));
    }

    @Test
    void managementAuditLogRecordsWhoDeployed() throws IOException {
        Path audit = steadfast.state().resolve("hosts/primary/data/audit-log.log");
        assertTrue(Files.exists(audit), "no management audit log at " + audit);
        String log = Files.readString(audit);
        assertTrue(log.contains("\"user\" : \"" + Secrets.ADMIN_USER + "\"") && log.contains("counter.war"),
                "the deployment of counter.war by " + Secrets.ADMIN_USER + " is not in the audit log");
    }

    @Test
    void applyingAllScriptsToTheRunningDomainChangesNothing() throws IOException {
        Path domainXml = steadfast.state().resolve("hosts/primary/configuration/domain.xml");
        String before = Files.readString(domainXml);
        SteadfastCommand.Result apply = steadfast.run("apply");
        assertEquals(0, apply.exitCode(), apply.stderr());
        assertEquals("Applied all scripts: no change.", apply.stdout().strip());
        assertEquals(before, Files.readString(domainXml));
        assertTrue(status().get("ready").asBoolean());
    }

    /**
     * A running domain that an earlier release provisioned has that release's probe: the domain records the probe's
     * content hash, and {@code apply} redeploys the probe when the recorded hash differs from this release's (here an
     * older hash is written into the record), so the supervisor and status read this release's probe without a
     * {@code down} and {@code up}; the management audit log shows the replacement, and a second apply changes nothing.
     */
    @Test
    void applyOnTheRunningDomainRedeploysTheProbeWhenTheRecordedHashIsAnEarlierReleases() throws IOException {
        ModelNode hash = Management.address("system-property", "steadfast.probe.sha1");
        Path audit = steadfast.state().resolve("hosts/primary/data/audit-log.log");
        long replacementsBefore = replacements(audit);
        String current;
        try (Management m = TestState.management(steadfast.state())) {
            current = m.readAttribute(hash, "value").asString();
            m.execute(writeValue(hash, "0000000000000000000000000000000000000000"));
        }
        try {
            SteadfastCommand.Result apply = steadfast.run("apply");
            assertEquals(0, apply.exitCode(), apply.stderr());
            assertEquals(replacementsBefore + 1, replacements(audit), "one full replacement of the probe: " + apply.stdout());
        } finally {
            try (Management m = TestState.management(steadfast.state())) {
                if (!current.equals(m.readAttribute(hash, "value").asString())) {
                    m.execute(writeValue(hash, current));
                }
            }
        }
        boolean ready = false;
        for (int i = 0; i < 30 && !ready; i++) {
            sleep(i == 0 ? 0 : 1000);
            ready = status().get("ready").asBoolean();
        }
        assertTrue(ready, "ready again after the probe was replaced: " + status().get("notReady"));
        SteadfastCommand.Result again = steadfast.run("apply");
        assertEquals("Applied all scripts: no change.", again.stdout().strip(), again.stderr());
    }

    /** The full replacements of the probe by a management client (deploy --force) in the running domain's audit log. */
    private static long replacements(Path audit) throws IOException {
        return Files.readAllLines(audit).stream().filter(l -> l.contains("\"name\" : \"steadfast-probe.war\"")).count();
    }

    private static ModelNode writeValue(ModelNode address, String value) {
        ModelNode op = Management.op("write-attribute", address);
        op.get("name").set("value");
        op.get("value").set(value);
        return op;
    }

    /** {@code status --json}: its JSON on stdout, and nothing on stderr (the libraries' logging stays in the log file). */
    private ModelNode status() {
        SteadfastCommand.Result r = steadfast.run("status", "--json");
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals("", r.stderr(), "status printed more than its own output");
        return ModelNode.fromJSONString(r.stdout());
    }

    /** Deploys a new build of the counter, then the very same file again, which changes nothing and says so. */
    private void deployCounter() throws IOException {
        Path war = CounterApp.war(Files.createTempDirectory("counter"));
        SteadfastCommand.Result deploy = steadfast.run("deploy", war.toString(), "--group", "steadfast-apps");
        assertEquals(0, deploy.exitCode(), deploy.stderr());
        assertEquals("Deployed counter.war to steadfast-apps (2 servers, one at a time).", deploy.stdout().strip());
        SteadfastCommand.Result again = steadfast.run("deploy", war.toString(), "--group", "steadfast-apps");
        assertEquals(0, again.exitCode(), again.stderr());
        assertEquals("counter.war already runs in steadfast-apps with this content; nothing changed.", again.stdout().strip());
    }

    /** A new browser-like client (its own cookies, so its own session), trusting the domain's generated certificate. */
    private TestClient client() {
        return new TestClient(URI.create(BALANCER + "/"), steadfast.state().resolve("secrets"));
    }

    /** The balancer learns of a new context with the worker's next STATUS message; until then it answers 404 or 503. */
    private static String awaitContext(TestClient https, String url, String... headers) {
        HttpResponse<String> r = null;
        for (int i = 0; i < 60; i++) {
            HttpRequest.Builder request = https.request(url).GET();
            for (int h = 0; h < headers.length; h += 2) {
                request.header(headers[h], headers[h + 1]);
            }
            r = https.send(request);
            if (r.statusCode() == 200) {
                return r.body();
            }
            sleep(500);
        }
        throw new AssertionError(url + " answered " + r.statusCode() + ": " + r.body());
    }

    private static Set<String> strings(ModelNode list) {
        Set<String> s = new HashSet<>();
        list.asList().forEach(n -> s.add(n.asString()));
        return s;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
