package dev.steadfast.shop.admin;

import static dev.steadfast.testing.Problems.assertProblem;
import static dev.steadfast.testing.TestClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.steadfast.shop.Shopper;
import dev.steadfast.testing.Deployments;
import dev.steadfast.testing.TestClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A flood of anonymous requests at an admin endpoint cannot stall the shop: each is refused 401 at once, and
 * their audit records are tallies written after the fact, so no refusal waits on the database or holds a lock a
 * checkout needs. Before, each refusal wrote a record under the chain's cluster-wide head lock, and checkouts
 * queued behind the flood until they hit the lock time-out (503).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnonymousFloodIT {

    static final int ANONYMOUS_REQUESTS = 2_000;
    static final int CHECKOUTS = 20;
    static final int FLOODERS = 16;
    /** Request ids of this run's flood: a kept audit.log may hold an earlier run's. */
    static final String FLOOD_ID = "flood-" + Long.toString(System.nanoTime(), 36) + "-";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployment;

    @Test
    void twoThousandAnonymousAdminRequestsLeaveTwentyConcurrentCheckoutsAllSucceedingAndAreTalliedInTheTrail()
            throws Exception {
        TestClient admin = new TestClient(deployment).signedInAs("shop-admin");
        HttpResponse<String> created = admin.post("api/admin/products",
                "{\"sku\":\"FLOOD-" + System.nanoTime() % 100000 + "\",\"name\":\"Calm tea\",\"priceCents\":900,\"stock\":100}");
        assertEquals(201, created.statusCode(), created.body());
        long product = json(created).getJsonNumber("id").longValue();
        List<Shopper> shoppers = new ArrayList<>();
        for (int i = 0; i < CHECKOUTS; i++) {
            Shopper shopper = Shopper.at(deployment);
            assertEquals(200, shopper.add(product, 1).statusCode());
            shoppers.add(shopper);
        }
        TestClient anonymous = new TestClient(deployment);

        ExecutorService pool = Executors.newFixedThreadPool(FLOODERS + CHECKOUTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<HttpResponse<String>>>> floods = new ArrayList<>();
        List<Future<HttpResponse<String>>> checkouts = new ArrayList<>();
        try {
            for (int f = 0; f < FLOODERS; f++) {
                int flooder = f;
                floods.add(pool.submit(() -> {
                    start.await();
                    List<HttpResponse<String>> answers = new ArrayList<>();
                    for (int i = flooder; i < ANONYMOUS_REQUESTS; i += FLOODERS) {
                        answers.add(anonymous.send(anonymous.request("api/admin/audit/verification")
                                .header("X-Request-Id", FLOOD_ID + i).GET()));
                    }
                    return answers;
                }));
            }
            for (Shopper shopper : shoppers) {
                checkouts.add(pool.submit(() -> {
                    start.await();
                    return shopper.checkout();
                }));
            }
            start.countDown();

            List<HttpResponse<String>> refused = new ArrayList<>();
            for (Future<List<HttpResponse<String>>> flood : floods) {
                refused.addAll(flood.get());
            }
            Map<Integer, Long> checkoutStatuses = checkouts.stream()
                    .map(AnonymousFloodIT::statusOf)
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

            // A checkout that waited past the lock time-out would be a 503 (ProblemMapper); all are placed.
            assertEquals(Map.of(201, (long) CHECKOUTS), checkoutStatuses);
            assertEquals(ANONYMOUS_REQUESTS, refused.size());
            refused.forEach(answer -> assertProblem(answer, 401));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(ANONYMOUS_REQUESTS, talliedRefusals(), "refusals counted in the trail's tallies");
        assertTrue(json(admin.get("api/admin/audit/verification")).getBoolean("intact"));
    }

    private static int statusOf(Future<HttpResponse<String>> answer) {
        try {
            return answer.get().statusCode();
        } catch (Exception e) {
            throw new AssertionError("a checkout did not answer", e);
        }
    }

    /**
     * The refusals the trail counted, from the server's audit.log (cli-scripts/profile/105-audit-log.cli): the
     * tallies whose first request is one of the flood's. A window ends within about 11 s; waits up to 30 s.
     */
    private static long talliedRefusals() throws IOException, InterruptedException {
        Path log = Path.of(System.getProperty("jboss.home"), "standalone", "log", "audit.log");
        long counted = 0;
        for (int attempt = 0; attempt < 60 && counted < ANONYMOUS_REQUESTS; attempt++) {
            Thread.sleep(500);
            counted = Files.readAllLines(log).stream()
                    .map(line -> Json.createReader(new StringReader(line)).readObject())
                    .filter(record -> record.getString("requestId").startsWith(FLOOD_ID))
                    .filter(record -> "DENIED".equals(record.getString("outcome")))
                    .mapToLong(AnonymousFloodIT::tallied)
                    .sum();
        }
        return counted;
    }

    private static long tallied(JsonObject record) {
        String detail = record.getString("detail");
        return Long.parseLong(detail.substring(0, detail.indexOf(' ')));
    }
}
