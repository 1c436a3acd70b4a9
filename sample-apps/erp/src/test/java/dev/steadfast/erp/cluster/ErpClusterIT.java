package dev.steadfast.erp.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.steadfast.erp.Company;
import dev.steadfast.erp.Company.User;
import dev.steadfast.testing.SteadfastDomain;
import dev.steadfast.testing.TestClient;

/**
 * The MRP in the local topology (two workers, one database), its schedule a singleton of the ERP's deployment. Every
 * company here has the same data (100 items, so a run takes 5 chunks of 20; bills of two levels; a work order; stock),
 * and a control company's uninterrupted run gives the plan every other must end with. The runs of the other companies
 * stop at a point the test chose, after 2 committed chunks (planning/HoldPoint, set in the copy of the WAR deployed
 * here): then their node, the one that runs the schedule, is killed (kill -9) and the other takes the schedule over,
 * or their run pauses past its lease and wakes up, or their node, the schedule's again, is frozen (SIGSTOP; its
 * supervisor fences it). Which node runs the schedule, the servers' logs say: exactly one at any time. Each time the schedule's node restarts the run from its checkpoint once the
 * run's lease has run out, the run plans every item exactly once over its executions (never twice: the first
 * execution never commits after the restart claimed its lease, and the paused one, awake, ends without a chunk),
 * and its plan equals the control's.
 */
@Tag("cluster")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ErpClusterIT {

    @RegisterExtension
    static final SteadfastDomain CLUSTER = new SteadfastDomain();
    static final Path RELEASE = Path.of(System.getProperty("steadfast.war"));
    static final int ITEMS = 100;
    static final int HELD_AFTER_CHUNKS = 2;
    static final int CHUNK = 20;
    /** Far longer than a takeover (the 10 s lease, a 15 s sweep, maybe the schedule's own failover): measured 18 s. */
    static final long PAUSE_SECONDS = 60;
    static final Duration TAKEOVER_WAIT = Duration.ofMinutes(3);
    static final String KILLED = Company.named("killed");
    static final String PAUSED = Company.named("paused");
    static final String FROZEN = Company.named("frozen");
    static Map<String, String> uninterrupted;

    /** The ERP with its hold points and a 10 s lease, its nightly runs off (the runs here are the test's). */
    @BeforeAll
    static void theErpDeployedWithItsHoldPointsAndAnUninterruptedPlan() throws IOException {
        Path war = Files.createDirectories(RELEASE.resolveSibling("cluster-release")).resolve(RELEASE.getFileName());
        WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, RELEASE.toFile());
        String config = "WEB-INF/classes/META-INF/microprofile-config.properties";
        Properties settings = new Properties();
        settings.load(archive.get(config).getAsset().openStream());
        settings.setProperty("erp.mrp.hold-after-chunks", String.valueOf(HELD_AFTER_CHUNKS));
        settings.setProperty("erp.mrp.holds", KILLED + "=0," + PAUSED + "=" + PAUSE_SECONDS + "," + FROZEN + "=0");
        settings.setProperty("erp.mrp.lease-seconds", "10");
        settings.setProperty("erp.mrp.nightly-runs", "false");
        StringWriter written = new StringWriter();
        settings.store(written, "ErpClusterIT: the release's settings and the test's hold points");
        archive.delete(config);
        archive.add(new StringAsset(written.toString()), config);
        archive.as(ZipExporter.class).exportTo(war.toFile(), true);
        CLUSTER.deploy(war, "steadfast-apps");

        User planner = planner(Company.named("control"));
        JsonObject run = planner.plannedNow();
        assertEquals("COMPLETED", run.getString("status"), run.toString());
        uninterrupted = plan(planner);
        assertEquals(ITEMS, uninterrupted.size() + 1, "every item but the made top one needs an order: " + uninterrupted);
    }

    @Test
    @Order(1)
    void aRunOnTheSchedulesNodeKilledMidRunAndARunPausedPastItsLeaseFinishOnceFromTheirCheckpointsAsAnUninterruptedRun() {
        Map<String, URI> workers = workersByNode();
        String scheduler = scheduleNode();
        String other = workers.keySet().stream().filter(node -> !node.equals(scheduler)).findFirst().orElseThrow();
        User killed = planner(KILLED).at(workers.get(scheduler));
        User paused = planner(PAUSED).at(workers.get(other));
        Held killedRun = Held.start(killed);
        Held pausedRun = Held.start(paused);
        assertEquals(scheduler, killedRun.node(), "the run to kill is on the schedule's node");
        assertEquals(other, pausedRun.node());

        CLUSTER.kill(scheduler);
        User survivor = killed.at(workers.get(other));
        JsonObject finished = awaitRun(survivor, killedRun.id(), run -> run.getString("status").equals("COMPLETED"));
        assertOnceFromTheCheckpoint(finished);
        assertEquals(uninterrupted, plan(survivor), "the plan of the run finished elsewhere");
        assertEquals(other, scheduleNode(), "the other node took the schedule over");

        JsonObject restarted = awaitRun(paused, pausedRun.id(), run -> run.getString("status").equals("COMPLETED"));
        assertOnceFromTheCheckpoint(restarted);
        // The restart marked the paused execution FAILED without an end; it ends when it wakes and fails its next chunk.
        JsonObject afterWaking = awaitRun(paused, pausedRun.id(),
                run -> run.getJsonArray("executions").getJsonObject(0).get("endedAt").getValueType() == JsonValue.ValueType.STRING);
        assertOnceFromTheCheckpoint(afterWaking);
        assertEquals(uninterrupted, plan(paused), "the plan, after the paused run woke up and found its lease taken");
    }

    @Test
    @Order(2)
    void aRunOnTheSchedulesNodeFrozenMidRunIsFinishedOnceElsewhere() {
        CLUSTER.workers("erp/").forEach(ErpClusterIT::awaitReady);
        Map<String, URI> workers = workersByNode();
        String scheduler = scheduleNode();
        String other = workers.keySet().stream().filter(node -> !node.equals(scheduler)).findFirst().orElseThrow();
        User frozen = planner(FROZEN).at(workers.get(scheduler));
        Held frozenRun = Held.start(frozen);
        assertEquals(scheduler, frozenRun.node(), "the run to freeze is on the schedule's node");
        CLUSTER.freeze(scheduler);
        User elsewhere = frozen.at(workers.get(other));
        JsonObject finished = awaitRun(elsewhere, frozenRun.id(), run -> run.getString("status").equals("COMPLETED"));
        assertOnceFromTheCheckpoint(finished);
        assertEquals(uninterrupted, plan(elsewhere), "the plan of the run finished elsewhere");
    }

    /** Two executions: the first committed its 2 chunks and no more, the restart the rest; every item once in all. */
    private static void assertOnceFromTheCheckpoint(JsonObject run) {
        List<JsonObject> executions = run.getJsonArray("executions").getValuesAs(JsonObject.class);
        assertEquals(2, executions.size(), "the run and its one restart: " + run);
        assertEquals(HELD_AFTER_CHUNKS * CHUNK, executions.get(0).getJsonNumber("itemsPlanned").longValue(), "the first execution: " + run);
        assertEquals("FAILED", executions.get(0).getString("status"), run.toString());
        assertEquals(ITEMS - HELD_AFTER_CHUNKS * CHUNK, executions.get(1).getJsonNumber("itemsPlanned").longValue(),
                "the restart went on from the checkpoint: " + run);
        assertEquals(ITEMS, run.getJsonNumber("itemsPlanned").longValue(), "every item planned once: " + run);
    }

    /** A company with the data every company here has, through the balancer, and its planner (who also buys and stocks). */
    private static User planner(String name) {
        Company company = Company.at(CLUSTER.balancer("erp/"), CLUSTER.secrets(), "app-admin@operator", CLUSTER.applicationAdminPassword(), name);
        User planner = company.hire("planner", "buyer", "storekeeper");
        TestClient c = planner.client();
        long[] items = new long[ITEMS];
        for (int i = 0; i < ITEMS; i++) {
            items[i] = planner.expect(201, c.post("api/items", "{\"sku\":\"I-" + i + "\",\"name\":\"Item " + i + "\",\"unit\":\"pcs\",\"safetyStock\":"
                    + (i % 5 + 1) + "}")).getJsonNumber("id").longValue();
        }
        planner.expect(200, c.put("api/items/" + items[0] + "/bom", "{\"lines\":[{\"componentId\":" + items[1] + ",\"quantityPer\":2},"
                + "{\"componentId\":" + items[2] + ",\"quantityPer\":3}]}"));
        planner.expect(200, c.put("api/items/" + items[1] + "/bom", "{\"lines\":[{\"componentId\":" + items[50] + ",\"quantityPer\":4}]}"));
        long warehouse = planner.expect(201, c.post("api/warehouses", "{\"code\":\"MAIN\",\"name\":\"Main\"}")).getJsonNumber("id").longValue();
        for (int[] stock : new int[][] {{0, 1}, {1, 3}, {50, 10}}) {
            planner.expect(201, c.post("api/stock/movements", "{\"itemId\":" + items[stock[0]] + ",\"warehouseId\":" + warehouse
                    + ",\"quantity\":" + stock[1] + ",\"reason\":\"ADJUSTMENT_IN\"}"));
        }
        planner.expect(201, c.post("api/work-orders", "{\"itemId\":" + items[0] + ",\"warehouseId\":" + warehouse + ",\"quantity\":7}"));
        return planner;
    }

    /** Today's plan by stock-keeping unit, so that two companies' plans compare: SKU to kind and quantity. */
    private static Map<String, String> plan(User planner) {
        Map<Long, String> skus = TestClient.jsonArray(planner.client().get("api/items")).getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(item -> item.getJsonNumber("id").longValue(), item -> item.getString("sku")));
        return TestClient.jsonArray(planner.client().get("api/mrp/planned-orders")).getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(order -> skus.get(order.getJsonNumber("itemId").longValue()),
                        order -> order.getString("kind") + " " + order.getJsonNumber("quantity").longValue(), (a, b) -> a + " and " + b,
                        TreeMap::new));
    }

    /** Each worker's address, by the name of its server (the X-Steadfast-Node header of its answers). */
    private static Map<String, URI> workersByNode() {
        Map<String, URI> workers = new TreeMap<>();
        for (URI worker : CLUSTER.workers("erp/")) {
            workers.put(CLUSTER.client(worker).get("health/ready").headers().firstValue("X-Steadfast-Node").orElseThrow(), worker);
        }
        assertEquals(2, workers.size(), workers.toString());
        return workers;
    }

    /**
     * The server that runs the MRP schedule now, as the servers' logs say (planning/MrpPrimary logs each start and stop
     * of the singleton; a server that boots again has said nothing yet): waits, through an election, until exactly one
     * does.
     */
    private static String scheduleNode() {
        Path hosts = CLUSTER.secrets().resolveSibling("hosts");
        Instant deadline = Instant.now().plus(TAKEOVER_WAIT);
        List<String> primaries = List.of();
        while (Instant.now().isBefore(deadline)) {
            try (Stream<Path> logs = Files.find(hosts, 5, (file, attributes) -> file.getFileName().toString().equals("server.log"))) {
                primaries = logs.filter(ErpClusterIT::saysItRunsTheSchedule).map(log -> log.getParent().getParent().getFileName().toString())
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (primaries.size() == 1) {
                return primaries.get(0);
            }
            sleepUntil(Instant.now().plusSeconds(1));
        }
        throw new AssertionError("Not exactly one node runs the MRP schedule: " + primaries);
    }

    private static boolean saysItRunsTheSchedule(Path log) {
        boolean runs = false;
        try {
            for (String line : Files.readAllLines(log)) {
                if (line.contains("WFLYSRV0049")) {
                    runs = false;
                } else if (line.contains("This node runs the MRP schedule now")) {
                    runs = true;
                } else if (line.contains("This node no longer runs the MRP schedule")) {
                    runs = false;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return runs;
    }

    private static JsonObject awaitRun(User planner, long run, Predicate<JsonObject> done) {
        Instant deadline = Instant.now().plus(TAKEOVER_WAIT);
        while (true) {
            JsonObject seen = planner.expect(200, planner.client().get("api/mrp/runs/" + run));
            if (done.test(seen)) {
                return seen;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("MRP run " + run + " not done after " + TAKEOVER_WAIT.toSeconds() + " s: " + seen);
            }
            sleepUntil(Instant.now().plusMillis(500));
        }
    }

    private static void awaitReady(URI worker) {
        Instant deadline = Instant.now().plus(TAKEOVER_WAIT);
        while (statusOf(worker) != 200) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(worker + " not ready after " + TAKEOVER_WAIT.toSeconds() + " s");
            }
            sleepUntil(Instant.now().plusSeconds(1));
        }
    }

    private static int statusOf(URI worker) {
        try {
            return CLUSTER.client(worker).get("health/ready").statusCode();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static void sleepUntil(Instant when) {
        long millis = Duration.between(Instant.now(), when).toMillis();
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A run started by the planner at their worker, now waiting at its hold point: its id, its node, since when. */
    private record Held(long id, String node, Instant heldAt) {

        static Held start(User planner) {
            HttpResponse<String> started = planner.client().post("api/mrp/runs", "");
            JsonObject run = planner.expect(202, started);
            String node = started.headers().firstValue("X-Steadfast-Node").orElseThrow();
            long id = run.getJsonNumber("runId").longValue();
            JsonObject held = awaitRun(planner, id, seen -> seen.getString("status").equals("STARTED")
                    && seen.getJsonNumber("itemsPlanned").longValue() == HELD_AFTER_CHUNKS * CHUNK);
            assertEquals(1, held.getJsonArray("executions").size(), held.toString());
            return new Held(id, node, Instant.now());
        }
    }
}
