package dev.steadfast.shop.order;

import static dev.steadfast.testing.TestClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.steadfast.testing.Deployments;
import dev.steadfast.shop.Shopper;
import dev.steadfast.testing.TestClient;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Many shoppers, few units: optimistic locking must never sell what is not there. Many admins, one new SKU: one
 * creates it, the others are told it exists (409), whether the check or the database's unique key catches them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentCheckoutIT {

    static final int SHOPPERS = 50;
    static final int UNITS = 10;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployment;

    @Test
    void fiftyConcurrentCheckoutsForTenUnitsMakeExactlyTenOrdersAndNeverOversell() throws Exception {
        TestClient admin = new TestClient(deployment).signedInAs("shop-admin");
        HttpResponse<String> created = admin.post("api/admin/products",
                "{\"sku\":\"LAST-TEN-" + System.nanoTime() % 100000 + "\",\"name\":\"Limited print\",\"priceCents\":2500,\"stock\":" + UNITS + "}");
        assertEquals(201, created.statusCode(), created.body());
        long product = json(created).getJsonNumber("id").longValue();

        List<Shopper> shoppers = new ArrayList<>();
        for (int i = 0; i < SHOPPERS; i++) {
            Shopper shopper = Shopper.at(deployment);
            assertEquals(200, shopper.add(product, 1).statusCode());
            shoppers.add(shopper);
        }

        ExecutorService pool = Executors.newFixedThreadPool(SHOPPERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (Shopper shopper : shoppers) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return shopper.checkout();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                statuses.add(answer.get().statusCode());
            }
            Map<Integer, Long> byStatus = statuses.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

            assertEquals(Map.of(201, (long) UNITS, 409, (long) (SHOPPERS - UNITS)), byStatus);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, shoppers.get(0).product(product).getInt("stock"));
        JsonObject audit = json(admin.get("api/admin/audit/verification"));
        assertTrue(audit.getBoolean("intact"), audit.toString());
    }

    @Test
    void adminsCreatingOneSkuAtOnceGetOneCreatedAndTheRestConflictsNeverAServerError() throws Exception {
        String product = "{\"sku\":\"RACE-" + System.nanoTime() % 100000 + "\",\"name\":\"Raced\",\"priceCents\":100,\"stock\":1}";
        int admins = 8;
        ExecutorService pool = Executors.newFixedThreadPool(admins);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < admins; i++) {
                TestClient admin = new TestClient(deployment).signedInAs("shop-admin");
                answers.add(pool.submit(() -> {
                    start.await();
                    return admin.post("api/admin/products", product);
                }));
            }
            start.countDown();
            Map<Integer, Long> byStatus = new TreeMap<>();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> r = answer.get();
                byStatus.merge(r.statusCode(), 1L, Long::sum);
                if (r.statusCode() == 409) {
                    assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""), r.body());
                }
            }
            assertEquals(Map.of(201, 1L, 409, (long) (admins - 1)), byStatus);
        } finally {
            pool.shutdownNow();
        }
    }
}
