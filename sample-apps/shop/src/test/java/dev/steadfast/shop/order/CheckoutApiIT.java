package dev.steadfast.shop.order;

import static dev.steadfast.testing.Problems.assertProblem;
import static dev.steadfast.testing.TestClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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
 * Checkout over HTTPS: the order, its stock, idempotent retries (and a key reused for another cart), cancellation
 * and its refund, and a payment provider that is down.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CheckoutApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployment;

    @Test
    void aCheckoutOrdersTheCartTakesTheStockAndEmptiesTheCart() {
        Shopper shopper = Shopper.at(deployment);
        long kettle = shopper.productId("KETTLE-1L");
        int stockBefore = shopper.product(kettle).getInt("stock");
        shopper.add(kettle, 2);

        HttpResponse<String> placed = shopper.checkout();

        assertEquals(201, placed.statusCode(), placed.body());
        JsonObject order = json(placed);
        assertEquals("PAID", order.getString("status"));
        assertEquals(2 * 3990, order.getJsonNumber("totalCents").longValue());
        assertEquals(stockBefore - 2, shopper.product(kettle).getInt("stock"));
        assertEquals(0, shopper.cart().getInt("items"));
    }

    @Test
    void aRetriedCheckoutReturnsTheSameOrderAndTakesTheStockOnce() {
        Shopper shopper = Shopper.at(deployment);
        long honey = shopper.productId("HONEY-ACACIA");
        int stockBefore = shopper.product(honey).getInt("stock");
        shopper.add(honey, 3);
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = shopper.checkout(key);
        HttpResponse<String> retry = shopper.checkout(key);

        assertEquals(201, first.statusCode(), first.body());
        assertEquals(200, retry.statusCode(), retry.body());
        assertEquals("true", retry.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertEquals(json(first).getJsonNumber("id"), json(retry).getJsonNumber("id"));
        assertEquals(stockBefore - 3, shopper.product(honey).getInt("stock"));
    }

    /**
     * A double click: the same checkout sent several times at once, before any of them committed. One creates the
     * order and pays it (201); the others find it made by then and answer it as replays (200).
     */
    @Test
    void simultaneousCheckoutsWithOneKeyCreateOneOrderAndTheOthersAreReplays() throws Exception {
        Shopper shopper = Shopper.at(deployment);
        long honey = shopper.productId("HONEY-ACACIA");
        int stockBefore = shopper.product(honey).getInt("stock");
        shopper.add(honey, 1);
        String key = UUID.randomUUID().toString();
        TestClient admin = new TestClient(deployment).signedInAs("shop-admin");
        int chargeRequests = json(admin.get("api/admin/payments/gateway")).getInt("chargeRequests");

        int clicks = 8;
        ExecutorService pool = Executors.newFixedThreadPool(clicks);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> sent = new ArrayList<>();
        List<HttpResponse<String>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < clicks; i++) {
                sent.add(pool.submit(() -> {
                    start.await();
                    return shopper.checkout(key);
                }));
            }
            start.countDown();
            for (Future<HttpResponse<String>> one : sent) {
                answers.add(one.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).sorted().toList();
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "created: " + statuses);
        assertEquals(clicks - 1, statuses.stream().filter(s -> s == 200).count(), "replayed: " + statuses);
        assertTrue(answers.stream().filter(a -> a.statusCode() == 200)
                .allMatch(a -> a.headers().firstValue("Idempotent-Replayed").orElse("").equals("true")));
        assertEquals(1, answers.stream().map(a -> json(a).getJsonNumber("id").longValue()).distinct().count(), "orders");
        assertEquals(stockBefore - 1, shopper.product(honey).getInt("stock"));
        assertEquals(1, json(admin.get("api/admin/payments/gateway")).getInt("chargeRequests") - chargeRequests,
                "charges asked for");
    }

    @Test
    void aReplayWithTheCartItRetriesReturnsTheSameOrderAndEmptiesTheCartAgain() {
        Shopper shopper = Shopper.at(deployment);
        long honey = shopper.productId("HONEY-ACACIA");
        shopper.add(honey, 2);
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = shopper.checkout(key);
        assertEquals(201, first.statusCode(), first.body());
        int stockAfter = shopper.product(honey).getInt("stock");
        // The cart as it was before the first checkout, as when the node that emptied it died before replicating.
        shopper.add(honey, 2);

        HttpResponse<String> retry = shopper.checkout(key);

        assertEquals(200, retry.statusCode(), retry.body());
        assertEquals(json(first).getJsonNumber("id"), json(retry).getJsonNumber("id"));
        assertEquals(0, shopper.cart().getInt("items"), "the cart is emptied, as the first checkout did");
        assertEquals(stockAfter, shopper.product(honey).getInt("stock"), "the stock is taken once");
    }

    @Test
    void theSameKeyWithAnotherCartIsA422ProblemAndKeepsTheCart() {
        Shopper shopper = Shopper.at(deployment);
        long tea = shopper.productId("TEA-ASSAM");
        long mug = shopper.productId("MUG-STONE");
        shopper.add(tea, 1);
        String key = UUID.randomUUID().toString();
        assertEquals(201, shopper.checkout(key).statusCode());
        shopper.add(mug, 2);
        int mugs = shopper.product(mug).getInt("stock");

        HttpResponse<String> refused = shopper.checkout(key);

        assertProblem(refused, 422);
        assertTrue(!refused.body().contains("\"lines\""), refused.body());
        assertEquals(2, shopper.cart().getInt("items"), "the other cart is kept");
        assertEquals(mugs, shopper.product(mug).getInt("stock"), "nothing ordered");
    }

    @Test
    void anotherSessionSendingTheSameKeyIsRefusedAndLearnsNothingOfTheOrder() {
        Shopper shopper = Shopper.at(deployment);
        long tea = shopper.productId("TEA-ASSAM");
        shopper.add(tea, 1);
        String key = UUID.randomUUID().toString();
        assertEquals(201, shopper.checkout(key).statusCode());

        Shopper stranger = Shopper.at(deployment);
        stranger.add(tea, 1);
        HttpResponse<String> refused = stranger.checkout(key);

        assertProblem(refused, 409);
        assertTrue(!refused.body().contains("\"lines\""), refused.body());
        assertEquals(1, stranger.cart().getInt("items"), "the stranger's cart is kept");
    }

    @Test
    void aCheckoutWithoutAnIdempotencyKeyIsA400Problem() {
        Shopper shopper = Shopper.at(deployment);
        shopper.add(shopper.productId("MUG-STONE"), 1);

        TestClient client = shopper.client();
        assertProblem(client.send(client.request("api/orders").POST(java.net.http.HttpRequest.BodyPublishers.noBody())), 400);
        assertProblem(shopper.checkout("short"), 400);
        assertEquals(1, shopper.cart().getInt("items"), "the cart is kept");
    }

    @Test
    void aCancelledPaidOrderIsRefundedGivesItsStockBackAndIsOnlyVisibleToItsSession() {
        Shopper shopper = Shopper.at(deployment);
        long mug = shopper.productId("MUG-STONE");
        int stockBefore = shopper.product(mug).getInt("stock");
        shopper.add(mug, 4);
        JsonObject placed = json(shopper.checkout());
        assertEquals("PAID", placed.getString("status"));
        long id = placed.getJsonNumber("id").longValue();

        assertProblem(Shopper.at(deployment).client().get("api/orders/" + id), 404);
        HttpResponse<String> cancelled = shopper.client().post("api/orders/" + id + "/cancel", "");

        assertEquals(200, cancelled.statusCode(), cancelled.body());
        assertEquals("REFUNDED", json(cancelled).getString("status"));
        assertEquals(placed.getString("paymentReference"), json(cancelled).getString("paymentReference"));
        assertTrue(json(cancelled).containsKey("refundReference"), cancelled.body());
        assertEquals(stockBefore, shopper.product(mug).getInt("stock"));
    }

    @Test
    void whileThePaymentProviderIsDownOrdersArePendingNotLostAndAreSettledLater() throws Exception {
        TestClient admin = new TestClient(deployment).signedInAs("shop-admin");
        assertEquals(200, admin.put("api/admin/payments/gateway", "{\"mode\":\"DOWN\"}").statusCode());
        try {
            long tea = Shopper.at(deployment).productId("TEA-ASSAM");
            for (int i = 0; i < 4; i++) {
                Shopper shopper = Shopper.at(deployment);
                shopper.add(tea, 1);
                HttpResponse<String> placed = shopper.checkout();
                assertEquals(201, placed.statusCode(), placed.body());
                assertEquals("PAYMENT_PENDING", json(placed).getString("status"));
            }
            // The breaker is open now: one more checkout is accepted without the provider being called at all.
            int callsBefore = json(admin.get("api/admin/payments/gateway")).getInt("calls");
            Shopper late = Shopper.at(deployment);
            late.add(tea, 1);
            assertEquals("PAYMENT_PENDING", json(late.checkout()).getString("status"));
            assertEquals(callsBefore, json(admin.get("api/admin/payments/gateway")).getInt("calls"));
        } finally {
            admin.put("api/admin/payments/gateway", "{\"mode\":\"UP\"}");
        }
        // Once the breaker lets calls through again (10 s), settling pays every pending order.
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
        int pending;
        do {
            Thread.sleep(2_000);
            JsonObject settlement = json(admin.post("api/admin/payments/settle", ""));
            pending = (int) settlement.getJsonArray("orders").getValuesAs(JsonObject.class)
                    .stream().filter(o -> o.getString("status").equals("PAYMENT_PENDING")).count()
                    + settlement.getInt("unsettled");
        } while (pending > 0 && Instant.now().isBefore(giveUp));
        assertEquals(0, pending, "orders still waiting for their payment");
    }

    @Test
    void adminEndpointsRefuseAnonymousCallersWithAChallengeWhateverTheySend() {
        TestClient anonymous = Shopper.at(deployment).client();
        HttpResponse<String> refused = anonymous.put("api/admin/payments/gateway", "{\"mode\":\"DOWN\"}");

        assertProblem(refused, 401);
        assertTrue(refused.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertProblem(anonymous.put("api/admin/products/1/price", "{\"priceCents\": -5"), 401);
        assertEquals("UP", json(new TestClient(deployment).signedInAs("shop-admin").get("api/admin/payments/gateway")).getString("mode"));
    }
}
