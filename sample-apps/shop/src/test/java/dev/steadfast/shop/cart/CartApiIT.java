package dev.steadfast.shop.cart;

import static dev.steadfast.testing.Problems.assertProblem;
import static dev.steadfast.testing.TestClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpResponse;

import dev.steadfast.testing.Deployments;
import dev.steadfast.shop.Shopper;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The cart over HTTPS: it follows the session, and every kind of bad input is a 4xx problem, never a 500. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CartApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployment;

    TestClient shopper;
    long tea;
    long mug;

    @BeforeEach
    void aNewShopper() {
        Shopper visitor = Shopper.at(deployment);
        shopper = visitor.client();
        tea = visitor.productId("TEA-ASSAM");
        mug = visitor.productId("MUG-STONE");
    }

    @Test
    void twoProductsAddedAreInTheCartWithTheirTotal() {
        shopper.post("api/cart/items", "{\"productId\":" + tea + ",\"quantity\":2}");
        HttpResponse<String> answer = shopper.post("api/cart/items", "{\"productId\":" + mug + ",\"quantity\":1}");

        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject cart = json(shopper.get("api/cart"));
        assertEquals(2, cart.getJsonArray("lines").size());
        assertEquals(3, cart.getInt("items"));
        assertEquals(2 * 695 + 1450, cart.getJsonNumber("totalCents").longValue());
    }

    @Test
    void aLineCanBeChangedAndRemoved() {
        shopper.post("api/cart/items", "{\"productId\":" + tea + ",\"quantity\":1}");

        assertEquals(5, json(shopper.put("api/cart/items/" + tea, "{\"quantity\":5}")).getInt("items"));
        assertEquals(0, json(shopper.send(shopper.request("api/cart/items/" + tea).DELETE())).getInt("items"));
    }

    @Test
    void anotherSessionHasItsOwnCart() {
        shopper.post("api/cart/items", "{\"productId\":" + tea + ",\"quantity\":1}");

        assertEquals(0, json(new TestClient(deployment).get("api/cart")).getInt("items"));
    }

    @Test
    void aVisitorWhoLeavesEndsTheSessionAndItsCartAndLeavingWithoutASessionIsFine() {
        shopper.post("api/cart/items", "{\"productId\":" + tea + ",\"quantity\":1}");

        assertEquals(204, shopper.send(shopper.request("api/session").DELETE()).statusCode());
        assertEquals(0, json(shopper.get("api/cart")).getInt("items"), "the same client, in a new session");
        TestClient stranger = new TestClient(deployment);
        assertEquals(204, stranger.send(stranger.request("api/session").DELETE()).statusCode(), "no session to end");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"productId\": ",                          // malformed JSON
            "[1, 2]",                                    // not an object
            "{\"productId\": %d, \"quantity\": 0}",      // zero
            "{\"productId\": %d, \"quantity\": -3}",     // negative
            "{\"productId\": %d, \"quantity\": 100}",    // more than a cart holds
            "{\"productId\": %d, \"quantity\": 99999999999999999999}", // beyond any integer
            "{\"productId\": %d, \"quantity\": \"two\"}", // not a number
            "{\"productId\": %d, \"quantity\": 1.5}",    // not a whole number
            "{\"quantity\": 1}",                         // no product
            ""                                           // no body
    })
    void badItemsAre400Problems(String body) {
        assertProblem(shopper.post("api/cart/items", body.formatted(tea)), 400);
        assertEquals(0, json(shopper.get("api/cart")).getInt("items"), "nothing was added");
    }

    @Test
    void aProductIdPastTheLongRangeIsA400NamingTheFieldNotAnotherProduct() {
        HttpResponse<String> answer = shopper.post("api/cart/items", "{\"productId\": 9223372036854775808, \"quantity\": 1}");

        assertProblem(answer, 400);
        assertEquals("productId", json(answer).getJsonArray("violations").getJsonObject(0).getString("field"));
    }

    @Test
    void anUnknownProductIsA404Problem() {
        assertProblem(shopper.post("api/cart/items", "{\"productId\": 987654321, \"quantity\": 1}"), 404);
    }

    @Test
    void addingBeyondNinetyNineOfOneProductIsRefused() {
        shopper.post("api/cart/items", "{\"productId\":" + tea + ",\"quantity\":60}");

        assertProblem(shopper.post("api/cart/items", "{\"productId\":" + tea + ",\"quantity\":40}"), 400);
        assertEquals(60, json(shopper.get("api/cart")).getInt("items"));
    }

    @Test
    void changingALineThatIsNotInTheCartIsA404Problem() {
        assertProblem(shopper.put("api/cart/items/" + mug, "{\"quantity\":2}"), 404);
    }

    @Test
    void checkingOutAnEmptyCartIsA400Problem() {
        assertProblem(new Shopper(shopper).checkout(), 400);
    }
}
