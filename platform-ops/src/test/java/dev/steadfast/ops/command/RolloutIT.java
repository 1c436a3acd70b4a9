package dev.steadfast.ops.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import dev.steadfast.ops.ContentHash;
import dev.steadfast.ops.drill.DrillApp;
import dev.steadfast.ops.drill.LoadResult;
import dev.steadfast.ops.drill.LoadSettings;
import dev.steadfast.ops.drill.SessionLoad;
import dev.steadfast.ops.management.Management;
import dev.steadfast.ops.provision.Secrets;
import dev.steadfast.ops.provision.StateDir;

/**
 * {@code steadfast rollout} and {@code steadfast restart} on the local topology while the drill's sessions write
 * through the balancer, in one domain: a release whose session class gained a field, a release that never gets ready
 * (rolled back), the first release rolled out again (the servers move back to the first twin), a rolling
 * restart, an {@code apply} that leaves servers waiting for a restart, and the rollout drill. Each counts failed requests and lost writes from the load, and reads from the domain where every server
 * runs what.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RolloutIT {

    private static final String GROUP = "steadfast-apps";
    private static final String TWIN = "steadfast-apps-twin";
    private static final Map<String, String> SERVERS = Map.of("apps-1", "primary", "apps-2", "secondary");
    /** Version 2 of the drill's session class: one field more, the same serialVersionUID. */
    private static final String SESSION_COUNT_V2 = """
            package dev.steadfast.ops.probe;

            public final class SessionCount implements java.io.Serializable {
                private static final long serialVersionUID = 1L;
                private final int count;
                private final String writtenOn;

                public SessionCount(int count) {
                    this(count, null);
                }

                private SessionCount(int count, String writtenOn) {
                    this.count = count;
                    this.writtenOn = writtenOn;
                }

                public int count() {
                    return count;
                }

                public SessionCount plus(int n) {
                    return new SessionCount(count + n, System.getProperty("jboss.node.name"));
                }
            }
            """;

    private final SteadfastCommand steadfast = new SteadfastCommand(TestState.freshDirectory("rollout"));
    private final DrillAppVersions versions = new DrillAppVersions(steadfast.state().resolve("releases"));
    private boolean up;
    private Path first;
    private Path second;

    @BeforeAll
    void upWithTheFirstReleaseOfTheDrillApplication() {
        SteadfastCommand.Result r = steadfast.run("up", "--no-class-data-archives");
        up = true;
        assertEquals(0, r.exitCode(), "steadfast up failed:\n" + r.stdout() + r.stderr());
        first = versions.first();
        assertEquals(0, steadfast.run("deploy", first.toString(), "--group", GROUP).exitCode());
    }

    @AfterAll
    void down() {
        if (up) {
            assertEquals(0, steadfast.run("down").exitCode());
        }
    }

    @Test
    @Order(1)
    void aRolloutWhoseSessionClassGainedAFieldFailsNoRequestLosesNoSessionAndLeavesEveryServerOnTheNewRelease() {
        second = versions.build("v2", Map.of("dev.steadfast.ops.probe.SessionCount", SESSION_COUNT_V2));

        LoadResult load = underLoad("rollout", second.toString(), "--group", GROUP);

        assertNothingFailedOrLost(load);
        assertEveryServerRuns(TWIN, contentName(second));
        assertEquals(List.of(), deploymentsOf(GROUP).stream().filter(d -> d.startsWith("steadfast-drill.war")).toList(),
                "the twin left behind holds no drill release");
    }

    @Test
    @Order(2)
    void aReleaseThatNeverGetsReadyIsRolledBackFailingNoRequestAndEveryServerRunsThePreviousOneAgain() throws IOException {
        String readiness = Files.readString(Path.of("src/main/java/dev/steadfast/ops/probe/DatabaseReadiness.java"));
        String broken = readiness.replace("java:jboss/datasources/SteadfastDS", "java:jboss/datasources/OrdersDS");
        assertFalse(broken.equals(readiness), "the readiness check names a datasource this release changes");
        Path third = versions.build("v3", Map.of("dev.steadfast.ops.probe.SessionCount", SESSION_COUNT_V2,
                "dev.steadfast.ops.probe.DatabaseReadiness", broken));

        LoadResult load = underLoad(r -> assertEquals(1, r.exitCode(), r.stdout() + r.stderr()),
                "rollout", third.toString(), "--group", GROUP, "--ready-within", "40");

        assertNothingFailedOrLost(load);
        assertEveryServerRuns(TWIN, contentName(second));
        assertFalse(deploymentsOf(null).contains(contentName(third)), "the release rolled back is gone from the domain");
    }

    @Test
    @Order(3)
    void theFirstReleaseRolledOutAgainMovesEveryServerBackToTheFirstTwinFailingNoRequest() {
        LoadResult load = underLoad("rollout", first.toString(), "--group", GROUP);

        assertNothingFailedOrLost(load);
        assertEveryServerRuns(GROUP, contentName(first));
        assertEquals(List.of("steadfast-drill.war@" + ContentHash.sha1(first).substring(0, 12)),
                deploymentsOf(null).stream().filter(d -> d.startsWith("steadfast-drill.war")).toList(), "one drill release in the domain");
    }

    @Test
    @Order(4)
    void aRollingRestartRestartsEveryServerFailingNoRequestAndLosingNoSession() {
        Map<String, Long> before = startTimes();

        LoadResult load = underLoad("restart", "--group", GROUP);

        assertNothingFailedOrLost(load);
        assertEveryServerRuns(GROUP, contentName(first));
        startTimes().forEach((server, started) -> assertTrue(started > before.get(server), server + " was restarted"));
    }

    @Test
    @Order(5)
    void applyRestartsOneAtATimeTheServersANewAuditKeyLeftWaitingForARestartFailingNoRequestAndASecondApplyRestartsNone() {
        assertEquals(0, steadfast.run("rotate-audit-key").exitCode());
        SteadfastCommand.Result[] applied = new SteadfastCommand.Result[1];

        LoadResult load = underLoad(r -> {
            assertEquals(0, r.exitCode(), r.stdout() + r.stderr());
            applied[0] = r;
        }, "apply");

        assertNothingFailedOrLost(load);
        assertTrue(applied[0].stdout().contains("[apps-1, apps-2] wait for a restart"), applied[0].stdout());
        try (Management m = TestState.management(steadfast.state())) {
            SERVERS.forEach((server, host) -> assertEquals("running",
                    m.readAttribute(Management.address("host", host, "server", server), "server-state").asString(), server));
        }
        SteadfastCommand.Result again = steadfast.run("apply");
        assertEquals(0, again.exitCode());
        assertTrue(again.stdout().contains("no change") && !again.stdout().contains("wait for a restart"), again.stdout());
    }

    @Test
    @Order(6)
    void theRolloutDrillRollsTheDrillApplicationsNextReleaseOutWithNoFailedRequestAndReportsEachServersTurn() throws IOException {
        Path reports = steadfast.state().resolve("reports");
        SteadfastCommand.Result r = steadfast.run("drill", "rollout", "--report", reports.toString());
        assertEquals(0, r.exitCode(), r.stdout() + r.stderr());
        Path json;
        try (var files = Files.list(reports)) {
            json = files.filter(f -> f.getFileName().toString().startsWith("rollout-") && f.toString().endsWith(".json")).findFirst().orElseThrow();
        }
        ModelNode report = ModelNode.fromJSONString(Files.readString(json));
        assertEquals(0, report.get("failedReads").asLong() + report.get("failedWrites").asLong(), report.get("failures").toString());
        assertEquals(0, report.get("acknowledgedWritesLost").asLong() + report.get("sessionsReset").asLong() + report.get("unverifiedSessions").asLong());
        assertEquals("0", report.get("settings", "supervisor acts during the drill").asString());
        ModelNode phases = report.get("phasesMillis");
        assertTrue(phases.has("apps-1 out to back in") && phases.has("apps-2 out to back in"), phases.toString());
        assertEveryServerRuns(TWIN, contentName(DrillApp.write(Files.createDirectories(steadfast.state().resolve("releases/drill-release-2")), 2)));
    }

    /** Runs the command (expected to exit 0) while the drill's load writes through the balancer; the load's count of everything. */
    private LoadResult underLoad(String... command) {
        return underLoad(r -> assertEquals(0, r.exitCode(), r.stdout() + r.stderr()), command);
    }

    private LoadResult underLoad(java.util.function.Consumer<SteadfastCommand.Result> check, String... command) {
        Secrets secrets = new Secrets(new StateDir(steadfast.state()));
        LoadSettings settings = new LoadSettings(URI.create("https://127.0.0.11:8443" + DrillApp.COUNTER_PATH), 8,
                Duration.ofMillis(100), Duration.ofSeconds(15));
        try (SessionLoad load = SessionLoad.start(settings, secrets.clientTls())) {
            sleep(Duration.ofSeconds(5));
            check.accept(steadfast.run(command));
            sleep(Duration.ofSeconds(3));
            load.verify();
            return load.result();
        }
    }

    private static void assertNothingFailedOrLost(LoadResult load) {
        assertTrue(load.requests() > 500, "the load ran: " + load.requests() + " requests");
        assertEquals(0, load.failed(), "failed requests: " + load.failures());
        assertEquals(0, load.acknowledgedWritesLost(), "acknowledged writes lost");
        assertEquals(0, load.sessionsReset(), "sessions lost");
        assertEquals(0, load.phantomWrites() + load.answersMisdelivered(), "phantom writes and misdelivered answers");
        assertEquals(0, load.unverifiedSessions(), "sessions that could not be read back");
    }

    /**
     * Every server is in the server group, runs the deployment, which is OK there, is enabled at the balancer for the
     * drill's context, and is watched by its supervisor again (auto-start).
     */
    private void assertEveryServerRuns(String serverGroup, String deployment) {
        try (Management m = TestState.management(steadfast.state())) {
            ModelNode filter = Management.op("read-resource", Management.address("host", "primary", "server", "balancer",
                    "subsystem", "undertow", "configuration", "filter", "mod-cluster", "load-balancer"));
            filter.get("recursive").set(true);
            filter.get("include-runtime").set(true);
            ModelNode balancers = m.execute(filter).get("balancer");
            SERVERS.forEach((server, host) -> {
                ModelNode config = Management.address("host", host, "server-config", server);
                assertEquals(serverGroup, m.readAttribute(config, "group").asString(), server);
                assertTrue(m.readAttribute(config, "auto-start").asBoolean(), server + " is watched by its supervisor again");
                assertEquals("OK", m.readAttribute(Management.address("host", host, "server", server, "deployment", deployment), "status").asString(),
                        server + " runs " + deployment);
                assertEquals(List.of("enabled"), balancers.asPropertyList().stream()
                        .map(b -> b.getValue().get("node", server, "context", "/steadfast-drill", "status").asString("absent")).toList(),
                        server + " takes new sessions at the balancer");
            });
        }
    }

    /** When each server's JVM started, in milliseconds since the epoch. */
    private Map<String, Long> startTimes() {
        try (Management m = TestState.management(steadfast.state())) {
            Map<String, Long> times = new java.util.TreeMap<>();
            SERVERS.forEach((server, host) -> times.put(server, m.readAttribute(Management.address("host", host, "server", server,
                    "core-service", "platform-mbean", "type", "runtime"), "start-time").asLong()));
            return times;
        }
    }

    /** The deployments of a server group, or of the domain when it is null. */
    private List<String> deploymentsOf(String serverGroup) {
        try (Management m = TestState.management(steadfast.state())) {
            return m.childrenNames(serverGroup == null ? new ModelNode().setEmptyList() : Management.address("server-group", serverGroup), "deployment");
        }
    }

    /** The name a rollout gives a release: its runtime name, then the first 12 hex digits of its SHA-1. */
    private static String contentName(Path war) {
        return war.getFileName() + "@" + ContentHash.sha1(war).substring(0, 12);
    }


    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
