package dev.steadfast.shop;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import dev.steadfast.testing.TestClient;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/** A visitor of the shop, in words of the shop: one session, its cart, its checkouts, its orders' gift notes. */
public final class Shopper {

    private final TestClient client;

    public Shopper(TestClient client) {
        this.client = client;
    }

    public static Shopper at(URL deployment) {
        return new Shopper(new TestClient(deployment));
    }

    public TestClient client() {
        return client;
    }

    public HttpResponse<String> add(long productId, int quantity) {
        return client.post("api/cart/items", "{\"productId\":" + productId + ",\"quantity\":" + quantity + "}");
    }

    public JsonObject cart() {
        return TestClient.json(client.get("api/cart"));
    }

    public HttpResponse<String> checkout(String idempotencyKey) {
        return client.send(client.request("api/orders").POST(HttpRequest.BodyPublishers.noBody())
                .header("Idempotency-Key", idempotencyKey));
    }

    public HttpResponse<String> checkout() {
        return checkout(UUID.randomUUID().toString());
    }

    /** One unit of the product put in the cart and checked out: the id of the order it made. */
    public long order(String sku) {
        HttpResponse<String> added = add(productId(sku), 1);
        HttpResponse<String> placed = checkout();
        if (added.statusCode() != 200 || placed.statusCode() != 201) {
            throw new AssertionError("No order of " + sku + ": " + added.statusCode() + ", " + placed.statusCode() + " " + placed.body());
        }
        return TestClient.json(placed).getJsonNumber("id").longValue();
    }

    public HttpResponse<String> writeGiftNote(long orderId, String note) {
        return client.put("api/orders/" + orderId + "/gift-note", Json.createObjectBuilder().add("note", note).build().toString());
    }

    public HttpResponse<String> giftNote(long orderId) {
        return client.get("api/orders/" + orderId + "/gift-note");
    }

    public JsonObject product(long id) {
        return TestClient.json(client.get("api/products/" + id));
    }

    public long productId(String sku) {
        JsonArray products = TestClient.jsonArray(client.get("api/products"));
        return products.getValuesAs(JsonObject.class).stream().filter(p -> p.getString("sku").equals(sku))
                .findFirst().orElseThrow(() -> new AssertionError("No product " + sku))
                .getJsonNumber("id").longValue();
    }
}
