package dev.steadfast.shop.cluster;

import static dev.steadfast.testing.Problems.assertProblem;
import static dev.steadfast.testing.TestClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.steadfast.shop.Shopper;
import dev.steadfast.shop.benchmark.Figures;
import dev.steadfast.shop.benchmark.LoadRun;
import dev.steadfast.shop.benchmark.ShopMix;
import dev.steadfast.shop.catalog.ShopWindow;
import dev.steadfast.testing.ClusterDatabase;
import dev.steadfast.testing.SteadfastDomain;
import dev.steadfast.testing.TestClient;
import jakarta.json.JsonObject;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The shop in the local topology: two workers behind the mod_cluster balancer, sessions replicated between them,
 * one database. The domain is brought up once for the class and always taken down, also when a test fails. The shop
 * is deployed as its previous release, the one before gift notes; the first test rolls this build's release out
 * under load, and the others run on it.
 */
@Tag("cluster")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ShopClusterIT {

    @RegisterExtension
    static final SteadfastDomain CLUSTER = new SteadfastDomain();
    static final String TEA = "TEA-ASSAM";
    static final String MUG = "MUG-STONE";
    /** This build's shop: the release with gift notes. */
    static final Path RELEASE = Path.of(System.getProperty("steadfast.war"));
    static final String GROUP = "steadfast-apps";

    /**
     * The domain is up (the extension); the shop's previous release goes to it, ready on both workers and the
     * balancer, on the schema it knows, from known stock. A new domain gets it deployed. A domain kept from an earlier
     * run (the build's state directory) runs this release already, named by that run's rollout, which only a rollout
     * may replace: it is rolled back to the previous release.
     */
    @BeforeAll
    static void theShopsPreviousReleaseDeployed() throws SQLException {
        ClusterDatabase.startANewAuditChain(CLUSTER);
        Path previous = PreviousRelease.of(RELEASE);
        if (CLUSTER.client(CLUSTER.workers("shop/").get(0)).get("health/live").statusCode() == 200) {
            CLUSTER.rollout(previous, GROUP);
        } else {
            CLUSTER.deploy(previous, GROUP);
        }
        PreviousRelease.withoutGiftNotes(CLUSTER);
        // Earlier runs on a kept PostgreSQL database may have sold the seeded units: start from known stock, enough
        // for the few thousand units the rollout's load puts in carts.
        try (Connection db = ClusterDatabase.connect(CLUSTER);
             PreparedStatement restock = db.prepareStatement("UPDATE product SET stock = 100000, version = version + 1 WHERE sku IN (?, ?)")) {
            restock.setString(1, TEA);
            restock.setString(2, MUG);
            assertEquals(2, restock.executeUpdate());
        }
    }

    @Test
    @Order(1)
    void aRolloutToTheReleaseThatAddsTheGiftNoteColumnServesEveryShopperUnderLoadAndKeepsEveryCartAndOrder() throws SQLException {
        Shopper early = new Shopper(CLUSTER.client(CLUSTER.balancer("shop/")));
        long placedBefore = early.order(TEA);
        assertProblem(early.writeGiftNote(placedBefore, "Before gift notes"), 404);
        List<Long> products = List.of(early.productId(TEA), early.productId(MUG));

        ShoppingCrowd.Tally tally;
        try (ShoppingCrowd crowd = ShoppingCrowd.arrive(5, () -> new Shopper(CLUSTER.client(CLUSTER.balancer("shop/"))), products,
                new UpstreamSessionRace(CLUSTER.secrets().getParent().resolve("hosts")))) {
            try {
                CLUSTER.rollout(RELEASE, GROUP);
            } catch (RuntimeException | AssertionError e) {
                // What the shoppers saw is the best evidence of why the rollout did not pass.
                e.addSuppressed(new AssertionError("what the shoppers saw: " + crowd.closeTheShop()));
                throw e;
            }
            tally = crowd.closeTheShop();
        }
        System.out.printf("The rollout under load: %d requests, %d orders, shoppers served by %s; WildFly's own session race"
                + " (quarantined, docs/reasons.md#rolling-deployments): %s%n", tally.requests(), tally.orders().size(), tally.servedBy(),
                tally.upstreamRaces());

        assertEquals(List.of(), tally.failures(), "failed requests, of " + tally.requests());
        assertEquals(List.of(), tally.cartsThatLostAnItem(), "carts that lost an item");
        assertEquals(List.of(), tally.sessionsThatForgotAnOrder(), "sessions that forgot an order");
        // Each server is out of the balancer for its whole turn while every shopper keeps shopping, so each session
        // is served by both; a shopper that went home early shows as a failure above.
        assertTrue(tally.servedBy().values().stream().allMatch(Set.of("apps-1", "apps-2")::equals),
                "every shopper's session moved to the other server while its own was out: " + tally.servedBy());
        assertFalse(tally.orders().isEmpty(), "the crowd checked out");
        assertEquals(Set.of(), ordersMissingAmong(tally.orders()), "orders the crowd was told were placed, missing in the database");
        assertEquals(1, count("SELECT COUNT(*) FROM \"shop_schema_history\" WHERE \"version\" = '2' AND \"success\" = TRUE"),
                "the gift-note migration, applied once");
        assertEquals(1, count("SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE UPPER(TABLE_NAME) = 'SHOP_ORDER' AND UPPER(COLUMN_NAME) = 'GIFTNOTE'"), "the gift-note column");
        Set<String> withGiftNotes = new TreeSet<>();
        for (URI worker : CLUSTER.workers("shop/")) {
            Shopper there = new Shopper(CLUSTER.client(worker));
            HttpResponse<String> written = there.writeGiftNote(there.order(TEA), "Served by the new release");
            assertEquals(200, written.statusCode(), written.body());
            withGiftNotes.add(written.headers().firstValue("X-Steadfast-Node").orElse("?"));
        }
        assertEquals(Set.of("apps-1", "apps-2"), withGiftNotes, "every worker runs the release with gift notes");
        assertEquals(200, early.writeGiftNote(placedBefore, "Placed by the previous release").statusCode());
        assertEquals("Placed by the previous release", json(early.giftNote(placedBefore)).getString("note"));
    }

    @Test
    @Order(2)
    void everyDomainServerAnswersItsOwnHealthOverHttpWithTheDatasourceReady() {
        Set<String> nodes = new TreeSet<>();
        for (URI worker : CLUSTER.workers("shop/")) {
            HttpResponse<String> ready = CLUSTER.client(worker).get("health/ready");
            assertEquals(200, ready.statusCode(), ready.body());
            JsonObject report = json(ready);
            assertEquals("UP", report.getString("status"));
            assertTrue(report.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                    .anyMatch(c -> c.getString("name").equals("datasource") && c.getString("status").equals("UP")), ready.body());
            nodes.add(ready.headers().firstValue("X-Steadfast-Node").orElse("?"));
        }
        assertEquals(Set.of("apps-1", "apps-2"), nodes);
    }

    @Test
    @Order(3)
    void concurrentCheckoutsOnBothNodesWriteOneIntactAuditChainThatTheWorkersFiguresShow() throws Exception {
        double sealedBefore = sealedRecords();
        int perNode = 10;
        List<Shopper> shoppers = new ArrayList<>();
        for (URI worker : CLUSTER.workers("shop/")) {
            for (int i = 0; i < perNode; i++) {
                Shopper shopper = new Shopper(CLUSTER.client(worker));
                assertEquals(200, shopper.add(shopper.productId(TEA), 1).statusCode());
                shoppers.add(shopper);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(shoppers.size());
        List<HttpResponse<String>> placed = new ArrayList<>();
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            shoppers.forEach(s -> answers.add(pool.submit(() -> s.checkout())));
            for (Future<HttpResponse<String>> answer : answers) {
                placed.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }

        Set<String> orderIds = new TreeSet<>();
        Set<String> nodes = new TreeSet<>();
        for (HttpResponse<String> answer : placed) {
            assertEquals(201, answer.statusCode(), answer.body());
            orderIds.add(json(answer).getJsonNumber("id").toString());
            nodes.add(answer.headers().firstValue("X-Steadfast-Node").orElse("?"));
        }
        assertEquals(Set.of("apps-1", "apps-2"), nodes);
        // Verification chains whatever is still pending first, so the table holds every record afterwards.
        HttpResponse<String> verification = CLUSTER.applicationAdmin(CLUSTER.balancer("shop/")).get("api/admin/audit/verification");
        assertEquals(200, verification.statusCode(), verification.body());
        assertTrue(json(verification).getBoolean("intact"), verification.body());
        try (Connection db = ClusterDatabase.connect(CLUSTER)) {
            assertEquals(Set.of("apps-1", "apps-2"), nodesThatRecorded(db, orderIds));
            assertEquals(orderIds.size(), recordsOf(db, orderIds));
        }
        // The workers' metrics (their probes, as Prometheus scrapes them): every order's record sealed, by either worker;
        // the worker that ran the verification says the chain is intact, and none says it is broken (0; -1: not verified yet).
        assertTrue(sealedRecords() >= sealedBefore + orderIds.size(), "sealed before: " + sealedBefore + ", now: " + sealedRecords());
        List<Double> intact = CLUSTER.workerMetrics("steadfast_audit_chain_intact", "application=\"shop\"");
        assertTrue(intact.contains(1.0) && !intact.contains(0.0), "each worker's last verification: " + intact);
    }

    /**
     * The benchmark's own mix (bin/benchmark), ten seconds through the balancer at a rate the domain takes with ease,
     * on a shop the tests before warmed up: what keeps the benchmark from drifting away from the shop's API. Every
     * visit served in full, its goodbye included (that leaving ends the session: CartApiIT).
     */
    @Test
    @Order(4)
    void theBenchmarksShopMixServesEveryVisitInFullThroughTheBalancer() throws SQLException {
        try (Connection db = ClusterDatabase.connect(CLUSTER);
             PreparedStatement restock = db.prepareStatement("UPDATE product SET stock = 100000, version = version + 1")) {
            restock.executeUpdate();
        }
        int visitsPerSecond = 3;
        int seconds = 10;
        Figures smoke = new LoadRun("smoke", CLUSTER.balancer("shop/"), Optional.empty(), visitsPerSecond, seconds)
                .run(Path.of("target", "gatling"), Optional.empty());

        long visits = (long) visitsPerSecond * seconds;
        assertEquals(visits * ShopMix.REQUESTS_PER_VISIT, smoke.requests(), smoke.toString());
        assertEquals(0, smoke.failed(), smoke.toString());
        assertEquals(Map.of(200, 5 * visits, 201, visits, 204, visits), smoke.statuses(),
                "five reads and adds, a checkout and a goodbye per visit: " + smoke);
    }

    private static double sealedRecords() {
        return CLUSTER.workerMetrics("steadfast_audit_records_sealed_total", "application=\"shop\"").stream().mapToDouble(Double::doubleValue).sum();
    }

    @Test
    @Order(5)
    void behindTheBalancerTheAuditRecordsTheClientsOwnAddressNeitherTheBalancersNorOneTheClientClaims()
            throws Exception {
        // A client at 127.0.0.99 (the balancer reaches the workers from 127.0.0.1), claiming to be 203.0.113.7.
        String requestId = "elsewhere-" + Long.toString(System.nanoTime(), 36);
        URI balancer = CLUSTER.balancer("shop/");
        try (SSLSocket socket = TestClient.socketFrom("127.0.0.99", balancer, CLUSTER.secrets())) {
            socket.getOutputStream().write(("GET " + balancer.getPath() + "api/admin/audit/verification HTTP/1.1\r\n"
                    + "Host: " + balancer.getHost() + ":" + balancer.getPort() + "\r\n"
                    + "Accept: application/json\r\nX-Forwarded-For: 203.0.113.7\r\nX-Request-Id: " + requestId + "\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            assertEquals("HTTP/1.1 401 Unauthorized", statusLine);
        }
        // An anonymous refusal is tallied: its record is written when the node's 10 s window ends.
        try (Connection db = ClusterDatabase.connect(CLUSTER)) {
            String recorded = null;
            for (int attempt = 0; attempt < 60 && recorded == null; attempt++) {
                Thread.sleep(500);
                recorded = clientAddressOf(db, requestId);
            }
            assertEquals("127.0.0.99", recorded, "the address recorded for request " + requestId);
        }
    }

    @Test
    @Order(6)
    void throughADatabaseOutageEveryWorkerStaysLiveShowsItsLastCatalogAndRefusesCheckoutWith503AndTheRetriedOrdersAreExact()
            throws SQLException {
        List<Shopper> shoppers = CLUSTER.workers("shop/").stream().map(w -> new Shopper(CLUSTER.client(w))).toList();
        for (Shopper shopper : shoppers) {
            assertEquals(200, shopper.add(shopper.productId(TEA), 1).statusCode(), "the catalog read, a cart filled");
        }
        int teaBefore = stockOf(TEA);
        int mugBefore = stockOf(MUG);
        int ordersBefore = orderCount();
        List<String> keys = shoppers.stream().map(s -> UUID.randomUUID().toString()).toList();
        List<HttpResponse<String>> during = new ArrayList<>();
        try (SteadfastDomain.DatabaseOutage outage = CLUSTER.databaseOutage()) {
            for (int i = 0; i < shoppers.size(); i++) {
                TestClient worker = shoppers.get(i).client();
                HttpResponse<String> ready = awaitReadiness(worker, 503);
                assertEquals(503, ready.statusCode(), "not ready without its database: " + ready.body());
                assertEquals(200, worker.get("health/live").statusCode(), "and still live");
                HttpResponse<String> catalog = worker.get("api/products");
                assertTrue(catalog.headers().firstValue(ShopWindow.STALE_HEADER).isPresent(), "the last catalog read, said to be stale");
                assertTrue(catalog.body().contains(MUG), catalog.body());
                HttpResponse<String> added = shoppers.get(i).add(shoppers.get(i).productId(MUG), 1);
                HttpResponse<String> checkout = shoppers.get(i).checkout(keys.get(i));
                assertEquals(503, checkout.statusCode(), checkout.body());
                assertTrue(checkout.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), checkout.headers().toString());
                assertTrue(checkout.headers().firstValue("Retry-After").isPresent(), "a 503 says when to try again");
                during.addAll(List.of(ready, catalog, added, checkout));
            }
        }
        assertEquals(List.of(), during.stream().filter(r -> r.statusCode() >= 500 && r.statusCode() != 503)
                .map(r -> r.statusCode() + " " + r.uri() + " " + r.body()).toList(), "no 500 while the database was out");
        assertEquals(List.of(), during.stream().filter(r -> r.uri().getPath().endsWith("api/cart/items") && r.statusCode() != 200)
                .map(r -> r.statusCode() + " " + r.body()).toList(), "carts are filled from the last catalog read");

        Set<String> orderIds = new TreeSet<>();
        for (int i = 0; i < shoppers.size(); i++) {
            HttpResponse<String> ready = awaitReadiness(shoppers.get(i).client(), 200);
            assertEquals(200, ready.statusCode(), "ready again once the database is back: " + ready.body());
            HttpResponse<String> retried = shoppers.get(i).checkout(keys.get(i));
            assertEquals(201, retried.statusCode(), "the same key once the database is back: " + retried.body());
            assertEquals(2, json(retried).getJsonArray("lines").size(), retried.body());
            orderIds.add(json(retried).getJsonNumber("id").toString());
        }
        assertEquals(shoppers.size(), orderIds.size());
        assertEquals(teaBefore - shoppers.size(), stockOf(TEA), "exactly the ordered units taken");
        assertEquals(mugBefore - shoppers.size(), stockOf(MUG), "exactly the ordered units taken");
        assertEquals(ordersBefore + shoppers.size(), orderCount(), "one order per key, however often it was tried");
        HttpResponse<String> verification = CLUSTER.applicationAdmin(CLUSTER.balancer("shop/")).get("api/admin/audit/verification");
        assertTrue(json(verification).getBoolean("intact"), verification.body());
    }

    @Test
    @Order(7)
    void aCartSurvivesAKillOfTheServerThatFilledItAndChecksOutWithNoFailedRequest() {
        Shopper shopper = new Shopper(CLUSTER.client(CLUSTER.balancer("shop/")));
        List<HttpResponse<String>> answers = new ArrayList<>();
        answers.add(shopper.add(shopper.productId(TEA), 2));
        answers.add(shopper.add(shopper.productId(MUG), 1));
        String filledBy = answers.get(1).headers().firstValue("X-Steadfast-Node").orElseThrow();
        assertEquals(filledBy, answers.get(0).headers().firstValue("X-Steadfast-Node").orElseThrow(), "sticky session");
        // WildFly answers before it commits the session, so a kill in that moment takes the last write with it
        // (docs/reasons.md#acknowledged-before-replicated): a read of the cart on the same server comes after the
        // commit, as an application's confirmation would. The kill is what this test is about, not that window.
        shopper.client().get("api/cart");

        CLUSTER.kill(filledBy);

        HttpResponse<String> cart = shopper.client().get("api/cart");
        answers.add(cart);
        HttpResponse<String> checkout = shopper.checkout(UUID.randomUUID().toString());
        answers.add(checkout);

        assertEquals(List.of(200, 200, 200, 201), answers.stream().map(HttpResponse::statusCode).toList(), checkout.body());
        assertNotEquals(filledBy, cart.headers().firstValue("X-Steadfast-Node").orElseThrow());
        JsonObject items = json(cart);
        assertEquals(2, items.getJsonArray("lines").size(), cart.body());
        assertEquals(3, items.getInt("items"));
        assertEquals(3, json(checkout).getJsonArray("lines").stream().mapToInt(l -> l.asJsonObject().getInt("quantity")).sum());
    }

    /** The worker's health/ready answer once it has the status wanted, or its last answer after 60 s. */
    private static HttpResponse<String> awaitReadiness(TestClient worker, int status) {
        HttpResponse<String> ready = worker.get("health/ready");
        for (int attempt = 0; attempt < 120 && ready.statusCode() != status; attempt++) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            ready = worker.get("health/ready");
        }
        return ready;
    }

    private static int orderCount() throws SQLException {
        return count("SELECT count(*) FROM shop_order");
    }

    /** The one number a query of the cluster's database answers. */
    private static int count(String query) throws SQLException {
        try (Connection db = ClusterDatabase.connect(CLUSTER);
             PreparedStatement q = db.prepareStatement(query);
             ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Which of these orders the database does not hold. */
    private static Set<Long> ordersMissingAmong(Set<Long> orderIds) throws SQLException {
        Set<Long> missing = new TreeSet<>(orderIds);
        try (Connection db = ClusterDatabase.connect(CLUSTER);
             PreparedStatement q = db.prepareStatement("SELECT id FROM shop_order");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                missing.remove(rs.getLong(1));
            }
        }
        return missing;
    }

    private static int stockOf(String sku) throws SQLException {
        try (Connection db = ClusterDatabase.connect(CLUSTER);
             PreparedStatement q = db.prepareStatement("SELECT stock FROM product WHERE sku = ?")) {
            q.setString(1, sku);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static Set<String> nodesThatRecorded(Connection db, Set<String> orderIds) throws SQLException {
        Set<String> nodes = new TreeSet<>();
        try (PreparedStatement q = db.prepareStatement(
                "SELECT node, entity_id FROM steadfast_audit WHERE action = 'order.place' AND outcome = 'SUCCESS'");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                if (orderIds.contains(rs.getString(2))) {
                    nodes.add(rs.getString(1));
                }
            }
        }
        return nodes;
    }

    private static String clientAddressOf(Connection db, String requestId) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("SELECT client_address FROM steadfast_audit WHERE request_id = ?")) {
            q.setString(1, requestId);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static int recordsOf(Connection db, Set<String> orderIds) throws SQLException {
        int count = 0;
        try (PreparedStatement q = db.prepareStatement("SELECT entity_id FROM steadfast_audit WHERE action = 'order.place'");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                count += orderIds.contains(rs.getString(1)) ? 1 : 0;
            }
        }
        return count;
    }
}
