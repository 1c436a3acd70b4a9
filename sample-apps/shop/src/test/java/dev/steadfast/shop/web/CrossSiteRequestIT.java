package dev.steadfast.shop.web;

import static dev.steadfast.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import dev.steadfast.shop.Shopper;
import dev.steadfast.testing.Deployments;
import dev.steadfast.testing.TestClient;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cross-site request forgery against every state-changing endpoint of the shop, customer's and admin's: each request
 * another site can make a signed-in visitor's browser send (a text/plain or form body, no body without the page's
 * header, JSON from a foreign origin) is refused with a 403 problem and changes nothing the shop shows; the same
 * request as the page sends it succeeds.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrossSiteRequestIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployment;

    private Shopper shopper;
    private TestClient admin;
    private long tea;
    private long order;

    /** A state-changing endpoint: method, path and the JSON body the page sends (or none). */
    record Endpoint(String method, String path, String json, boolean forAdmin) {
    }

    /** A visitor with a cart and a placed order, and the shop's admin, both signed in as a browser would be. */
    @BeforeEach
    void aSignedInVisitorWithAnOrderAndAnAdmin() {
        shopper = Shopper.at(deployment);
        admin = new TestClient(deployment).signedInAs("shop-admin");
        tea = shopper.productId("TEA-ASSAM");
        order = shopper.order("TEA-ASSAM");
        assertEquals(200, shopper.add(tea, 1).statusCode());
    }

    @Test
    void everyForgedRequestOnEveryEndpointIsRefusedAndChangesNothing() {
        for (Endpoint endpoint : endpoints()) {
            for (UnaryOperator<HttpRequest.Builder> forgery : forgeries(endpoint)) {
                String before = whatTheShopShows();
                TestClient browser = endpoint.forAdmin() ? admin : shopper.client();

                HttpResponse<String> answer = browser.send(forgery.apply(browser.bareRequest(endpoint.path())));

                assertProblem(answer, 403);
                assertEquals(before, whatTheShopShows(), endpoint + " changed something");
            }
        }
    }

    @Test
    void everyEndpointAcceptsTheRequestAsThePageSendsIt() {
        for (Endpoint endpoint : endpoints()) {
            TestClient browser = endpoint.forAdmin() ? admin : shopper.client();
            HttpRequest.Builder request = browser.request(endpoint.path())
                    .header("Origin", origin(browser))
                    .header("Sec-Fetch-Site", "same-origin").header("Idempotency-Key", UUID.randomUUID().toString());
            if (endpoint.json() != null) {
                request.header("Content-Type", "application/json");
            }
            HttpResponse<String> answer = browser.send(request.method(endpoint.method(), body(endpoint.json())));

            assertTrue(answer.statusCode() >= 200 && answer.statusCode() < 300, endpoint + ": " + answer.statusCode() + " " + answer.body());
        }
    }

    /** In an order the page could send them in: each leaves what the next needs, and the catalog as it was. */
    private List<Endpoint> endpoints() {
        JsonObject product = shopper.product(tea);
        String sku = "CSRF-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        return List.of(
                new Endpoint("PUT", "api/orders/" + order + "/gift-note", "{\"note\":\"Happy birthday\"}", false),
                new Endpoint("POST", "api/orders/" + order + "/cancel", null, false),
                new Endpoint("POST", "api/orders", null, false),
                new Endpoint("POST", "api/cart/items", "{\"productId\":" + tea + ",\"quantity\":1}", false),
                new Endpoint("PUT", "api/cart/items/" + tea, "{\"quantity\":3}", false),
                new Endpoint("DELETE", "api/cart/items/" + tea, null, false),
                new Endpoint("POST", "api/admin/products", "{\"sku\":\"" + sku + "\",\"name\":\"Mug\",\"priceCents\":1,\"stock\":1}", true),
                new Endpoint("PUT", "api/admin/products/" + tea + "/price", "{\"priceCents\":" + product.getJsonNumber("priceCents") + "}", true),
                new Endpoint("PUT", "api/admin/products/" + tea + "/stock", "{\"stock\":" + product.getInt("stock") + "}", true),
                new Endpoint("PUT", "api/admin/payments/gateway", "{\"mode\":\"UP\",\"calls\":0}", true),
                new Endpoint("POST", "api/admin/payments/settle", null, true));
    }

    /** What another site can make a browser send: forms, text, nothing with no header, JSON from its own origin. */
    private static List<UnaryOperator<HttpRequest.Builder>> forgeries(Endpoint endpoint) {
        String payload = endpoint.json() == null ? "" : endpoint.json();
        return List.of(
                r -> r.method(endpoint.method(), BodyPublishers.ofString(payload)).header("Content-Type", "text/plain"),
                r -> r.method(endpoint.method(), BodyPublishers.ofString("quantity=3&stock=0"))
                        .header("Content-Type", "application/x-www-form-urlencoded"),
                r -> r.method(endpoint.method(), BodyPublishers.noBody()),
                r -> r.method(endpoint.method(), body(endpoint.json())).header("Content-Type", "application/json")
                        .header("X-Requested-With", "fetch").header("Origin", "https://evil.example"));
    }

    /** The visitor's cart, orders and gift note, the catalog with prices and stock, and the payment gateway's mode. */
    private String whatTheShopShows() {
        return Stream.of(shopper.client().get("api/cart"), shopper.client().get("api/orders"), shopper.giftNote(order),
                shopper.client().get("api/products"), admin.get("api/admin/payments/gateway")).map(HttpResponse::body)
                .reduce("", String::concat);
    }

    private static HttpRequest.BodyPublisher body(String json) {
        return json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json);
    }

    private static String origin(TestClient client) {
        return client.base().getScheme() + "://" + client.base().getAuthority();
    }
}
