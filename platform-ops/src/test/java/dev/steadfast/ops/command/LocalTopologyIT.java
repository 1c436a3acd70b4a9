package dev.steadfast.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Brings the local topology up with {@code bin/steadfast up} on the default H2 database,
 * checks what "up" promises through the management model and over HTTPS through the balancer, and always
 * brings it down again, proving that down leaves no process behind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalTopologyIT {

    private static final String BALANCER = "https://127.0.0.11:8443";
    private static final List<String> WORKERS = List.of("apps-1", "apps-2");

    private final SteadfastCommand steadfast = new SteadfastCommand(TestState.directory("local-topology"));

    @BeforeAll
    void up() {
        SteadfastCommand.Result up = steadfast.run("up");
        assertEquals(0, up.exitCode(), "steadfast up failed:\n" + up.stdout() + up.stderr());
    }

    @AfterAll
    void down() {
        steadfast.run("down");
    }

    @Test
    @Order(1)
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
    }

    @Test
    @Order(2)
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
    @Order(2)
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
    @Order(2)
    void upWhenAlreadyUpIsRefusedAndChangesNothing() {
        SteadfastCommand.Result again = steadfast.run("up");
        assertEquals(2, again.exitCode());
        assertEquals("Steadfast is already up (topology local); run 'steadfast down' first.", again.stderr().strip());
        assertTrue(status().get("ready").asBoolean());
    }

    @Test
    @Order(3)
    void appDeployedWithSteadfastRunsOnEveryWorkerOfTheCluster() throws Exception {
        Path war = CounterApp.war(Files.createTempDirectory("counter"));
        SteadfastCommand.Result deploy = steadfast.run("deploy", war.toString(), "--group", "steadfast-apps");
        assertEquals(0, deploy.exitCode(), deploy.stderr());
        ModelNode status = null;
        for (int i = 0; i < 120; i++) {
            status = status();
            boolean complete = status.get("servers").asList().stream().filter(s -> !s.get("balancer").asBoolean())
                    .allMatch(s -> s.get("clusterMembers").asList().size() == WORKERS.size()
                            && s.get("registeredAtBalancer").asBoolean()
                            && strings(s.get("deployments")).contains("counter.war"));
            if (complete) {
                break;
            }
            Thread.sleep(500);
        }
        for (ModelNode s : status.get("servers").asList()) {
            if (!s.get("balancer").asBoolean()) {
                assertEquals(new HashSet<>(WORKERS), strings(s.get("clusterMembers")), s.toString());
            }
        }
    }

    @Test
    @Order(4)
    void httpsThroughTheBalancerReachesEachWorker() {
        // The probe every worker group has from the start answers through the balancer too.
        assertTrue(awaitContext(new Https(steadfast.state()), BALANCER + "/steadfast-probe/").startsWith("ready node=apps-"));
        for (String worker : WORKERS) {
            // A session id ending in .<route> is routed by mod_cluster to the worker of that route; a new client
            // each time, so that no session cookie of an earlier request decides the route instead.
            Https https = new Https(steadfast.state());
            String body = awaitContext(https, BALANCER + "/counter/count", "Cookie", "JSESSIONID=unknown." + worker);
            assertTrue(body.endsWith("node=" + worker), "expected " + worker + " but got: " + body);
        }
    }

    @Test
    @Order(5)
    void oneSessionCookieKeepsCountingOnTheSameWorker() {
        Https https = new Https(steadfast.state());
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
    @Order(6)
    void plainHttpIsRedirectedToHttps() {
        HttpResponse<String> r = new Https(steadfast.state()).get("http://127.0.0.11:8080/counter/count?a=1");
        assertTrue(r.statusCode() == 301 || r.statusCode() == 302 || r.statusCode() == 307 || r.statusCode() == 308, "status " + r.statusCode());
        assertEquals("https://127.0.0.11:8443/counter/count?a=1", r.headers().firstValue("location").orElse(""));
    }

    @Test
    @Order(7)
    void managementAuditLogRecordsWhoDeployed() throws IOException {
        Path audit = steadfast.state().resolve("hosts/primary/data/audit-log.log");
        assertTrue(Files.exists(audit), "no management audit log at " + audit);
        String log = Files.readString(audit);
        assertTrue(log.contains("\"user\" : \"" + Secrets.ADMIN_USER + "\"") && log.contains("counter.war"),
                "the deployment of counter.war by " + Secrets.ADMIN_USER + " is not in the audit log");
    }

    @Test
    @Order(7)
    void applyingAllScriptsToTheRunningDomainChangesNothing() throws IOException {
        Path domainXml = steadfast.state().resolve("hosts/primary/configuration/domain.xml");
        String before = Files.readString(domainXml);
        SteadfastCommand.Result apply = steadfast.run("apply");
        assertEquals(0, apply.exitCode(), apply.stderr());
        assertEquals("Applied all scripts: no change.", apply.stdout().strip());
        assertEquals(before, Files.readString(domainXml));
        assertTrue(status().get("ready").asBoolean());
    }

    @Test
    @Order(8)
    void downStopsEveryProcessItStartedAndOfflineApplyThenChangesNothing() throws IOException {
        SteadfastCommand.Result down = steadfast.run("down");
        assertEquals(0, down.exitCode(), down.stderr());
        List<String> left = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains(steadfast.state().toString()))
                .map(p -> p.pid() + " " + p.info().commandLine().orElse("")).toList();
        assertEquals(List.of(), left);

        Path domainXml = steadfast.state().resolve("hosts/primary/configuration/domain.xml");
        Path primaryXml = steadfast.state().resolve("hosts/primary/configuration/host-primary.xml");
        Path secondaryXml = steadfast.state().resolve("hosts/secondary/configuration/host-secondary.xml");
        String domain = Files.readString(domainXml);
        String primary = Files.readString(primaryXml);
        String secondary = Files.readString(secondaryXml);
        SteadfastCommand.Result apply = steadfast.run("apply", "--offline");
        assertEquals(0, apply.exitCode(), apply.stderr());
        assertEquals("Applied all scripts offline: no change.", apply.stdout().strip());
        assertEquals(domain, Files.readString(domainXml));
        assertEquals(primary, Files.readString(primaryXml));
        assertEquals(secondary, Files.readString(secondaryXml));
    }

    private ModelNode status() {
        SteadfastCommand.Result r = steadfast.run("status", "--json");
        assertEquals(0, r.exitCode(), r.stderr());
        return ModelNode.fromJSONString(r.stdout());
    }

    /** The balancer learns of a new context with the worker's next STATUS message; until then it answers 404 or 503. */
    private static String awaitContext(Https https, String url, String... headers) {
        HttpResponse<String> r = null;
        for (int i = 0; i < 60; i++) {
            r = https.get(url, headers);
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
