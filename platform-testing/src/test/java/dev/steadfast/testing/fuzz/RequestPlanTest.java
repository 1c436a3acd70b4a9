package dev.steadfast.testing.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class RequestPlanTest {

    static final long LIMIT = 1000;
    final List<Endpoint> endpoints = Endpoints.of("api", List.of(SampleApi.Orders.class)).endpoints();

    @Test
    void aMethodWithAPathAHeaderAndABodyGetsEveryInputClass() {
        List<FuzzRequest> requests = requestsOf("PUT", "api/orders/{id}");

        assertEquals(EnumSet.allOf(InputClass.class), requests.stream().map(FuzzRequest::kind).collect(Collectors.toSet()));
    }

    @Test
    void eachRequestChangesOnePlaceOfThePlainRequestWhichIsNeverSent() {
        List<FuzzRequest> requests = requestsOf("PUT", "api/orders/{id}");
        String plain = "{\"note\":\"fuzz\",\"lines\":[{\"productId\":1,\"quantity\":1,\"colour\":\"RED\",\"tags\":[\"fuzz\"]}],\"gift\":true}";

        assertTrue(requests.stream().noneMatch(r -> r.path().equals("api/orders/1") && r.headers().equals(Map.of("If-Match", "fuzz"))
                && plain.equals(body(r)) && FuzzRequest.JSON.equals(r.contentType())));
        assertEquals(plain, body(RequestPlan.of(requests.get(0).endpoint()).plain()));
        assertTrue(bodies(requests).contains(plain.replace("\"productId\":1", "\"productId\":9223372036854775808")));
        assertTrue(bodies(requests).contains(plain.replace("\"quantity\":1", "\"quantity\":-1")));
        assertTrue(bodies(requests).contains(plain.replace("\"productId\":1,", "")), "a field left out");
        assertTrue(bodies(requests).contains(plain.replace("[\"fuzz\"]", "{}")), "an object for an array");
        assertTrue(bodies(requests).contains(plain.replace("\"gift\":true", "\"gift\":\"fuzz\"")), "text for a boolean");
        assertTrue(bodies(requests).contains(""), "no body");
        assertTrue(requests.stream().anyMatch(r -> r.path().equals("api/orders/") && plain.equals(body(r))), "no id");
        assertTrue(requests.stream().anyMatch(r -> r.path().equals("api/orders/nul%00byte")), "NUL, percent-encoded");
        assertTrue(requests.stream().anyMatch(r -> r.path().equals("api/orders/%F0%9D%84%9E%20clef%20%F0%9F%98%80")),
                "a surrogate pair, as UTF-8");
    }

    @Test
    void anOversizedBodyIsOneByteOverTheLimitAnnouncedAndChunked() {
        List<FuzzRequest> oversized = requestsOf("PUT", "api/orders/{id}").stream()
                .filter(r -> r.kind() == InputClass.OVERSIZED).toList();

        assertEquals(List.of(false, true), oversized.stream().map(FuzzRequest::chunked).toList());
        assertTrue(oversized.stream().allMatch(r -> r.body().length == LIMIT + 1));
    }

    @Test
    void queryValuesAreLeftOutOrWrongOneAtATime() {
        Set<String> paths = requestsOf("GET", "api/orders").stream().map(FuzzRequest::path).collect(Collectors.toSet());

        assertTrue(paths.contains("api/orders?max=1"), "colour left out");
        assertTrue(paths.contains("api/orders?colour=RED&max=2147483648"), paths.toString());
        assertTrue(paths.contains("api/orders?colour=fuzz&max=1"), paths.toString());
        assertFalse(paths.contains("api/orders?colour=RED&max=1"), "the plain request");
    }

    @Test
    void aMethodWithoutABodyGetsNoBodyForWithItsPlainPathItWouldBeCarriedOut() {
        List<FuzzRequest> cancel = requestsOf("POST", "api/orders/{id}/cancel");

        assertTrue(cancel.stream().noneMatch(r -> r.body() != null), cancel.toString());
        assertTrue(cancel.stream().noneMatch(r -> r.path().equals("api/orders/1/cancel")), "the plain request");
        assertFalse(requestsOf("DELETE", "api/orders/{id}").stream().anyMatch(r -> r.body() != null));
    }

    @Test
    void aMethodThatReadsNoInputGetsNoRequestAtAll() {
        Endpoint settle = Endpoints.of("api", List.of(SampleApi.Products.class)).endpoints().stream()
                .filter(e -> e.template().equals("api/products/settle")).findFirst().orElseThrow();

        assertEquals(List.of(), RequestPlan.of(settle).requests(LIMIT));
    }

    @Test
    void inputsThatMustBeRefusedAreMarkedSoThatA2xxIsAFinding() {
        List<FuzzRequest> requests = requestsOf("PUT", "api/orders/{id}");

        assertTrue(requests.stream().filter(r -> r.kind() == InputClass.MALFORMED || r.kind() == InputClass.OVERSIZED
                || r.kind() == InputClass.WRONG_TYPE && r.what().startsWith("body")).allMatch(r -> r.expect() != Variant.Expect.ANY));
        assertEquals(Variant.Expect.REFUSED, expectOf(requests, "body.lines[0].productId: long max + 1"));
        assertEquals(Variant.Expect.ANY, expectOf(requests, "body.lines[0].productId: int max + 1"), "a Long holds it");
        assertEquals(Variant.Expect.REFUSED, expectOf(requests, "body.lines[0].quantity: int max + 1"), "past an int");
        assertEquals(Variant.Expect.ANY, expectOf(requests, "id: int max + 1"), "a long holds it");
        assertEquals(Variant.Expect.REFUSED, expectOf(requests, "id: long max + 1"));
        assertEquals(Variant.Expect.REFUSED, expectOf(requests, "body.lines[0].quantity: a fraction"));
        assertEquals(Variant.Expect.REFUSED, expectOf(requests, "body.gift: string \"fuzz\""));
        assertEquals(Variant.Expect.REFUSED, expectOf(requests, "body.lines[0].colour: NUL"), "no such enum constant");
        assertEquals(Variant.Expect.ANY, expectOf(requests, "body.note: NUL"), "text nothing forbids");
        assertEquals(Variant.Expect.ANY, expectOf(requests, "body.lines[0].quantity: -1"), "no constraint forbids it");
        assertEquals(Variant.Expect.ANY, expectOf(requests, "body.note: left out"), "not required");
        assertEquals(Variant.Expect.REFUSED, expectOf(requests, "id: text for a number"));
        assertEquals(Variant.Expect.REFUSED, expectOf(requests, "empty body"));
    }

    @Test
    void plainValuesMeetTheirConstraintsAndTheirWrongOnesMustBeRefused() {
        Endpoint add = Endpoints.of("api", List.of(SampleApi.Products.class)).endpoints().stream()
                .filter(e -> e.template().equals("api/products")).findFirst().orElseThrow();
        List<FuzzRequest> requests = RequestPlan.of(add).requests(LIMIT);
        String plain = "{\"sku\":\"FUZ\",\"name\":\"fuzz\",\"priceCents\":1,\"stock\":5}";

        assertEquals(plain, body(RequestPlan.of(add).plain()));
        assertEquals(Map.of("Idempotency-Key", "fuzzfuzz"), RequestPlan.of(add).plain().headers());
        assertEquals(Variant.Expect.REFUSED, expectOf(requests, "body.sku: NUL"), "the @Pattern refuses it");
        assertEquals(Variant.Expect.REFUSED, expectOf(requests, "body.priceCents: -1"), "@PositiveOrZero");
        assertEquals(Variant.Expect.REFUSED, expectOf(requests, "body.name: 10,000 characters"), "@Size");
        assertEquals(Variant.Expect.REFUSED, expectOf(requests, "body.sku: left out"), "@NotBlank");
        assertEquals(Variant.Expect.REFUSED, expectOf(requests, "Idempotency-Key: left out"), "@NotNull");
        assertEquals(Map.of("Idempotency-Key", "checkout-0001"), RequestPlan.of(add, Map.of("Idempotency-Key", "checkout-0001"))
                .plain().headers(), "a valid value the test gives");
        assertTrue(requests.stream().noneMatch(r -> r.sameAs(RequestPlan.of(add).plain())));
    }

    @Test
    void aBodyMethodGetsItsBodyInContentTypesItDoesNotReadAndWrongJsonAsTextJson() {
        List<FuzzRequest> unsupported = requestsOf("PUT", "api/orders/{id}").stream()
                .filter(r -> r.expect() == Variant.Expect.UNSUPPORTED).toList();

        assertEquals(Arrays.asList("text/plain", null, "text/json"), unsupported.stream().map(FuzzRequest::contentType).toList());
        assertTrue(body(unsupported.get(2)).contains("2147483648") || body(unsupported.get(2)).contains("9223372036854775808"),
                body(unsupported.get(2)));
    }

    @Test
    void aLimitOfZeroOrLessIsTheRuntimesDefaultAsTheFilterTakesIt() {
        Endpoint change = endpoints.stream().filter(e -> e.httpMethod().equals("PUT")).findFirst().orElseThrow();

        assertTrue(RequestPlan.of(change).requests(0).stream().filter(r -> r.kind() == InputClass.OVERSIZED)
                .allMatch(r -> r.body().length == 1024 * 1024 + 1));
        assertTrue(RequestPlan.of(change).requests(-5).stream().anyMatch(r -> r.kind() == InputClass.OVERSIZED));
    }

    private static Variant.Expect expectOf(List<FuzzRequest> requests, String what) {
        return requests.stream().filter(r -> r.what().equals(what)).map(FuzzRequest::expect).findFirst()
                .orElseThrow(() -> new AssertionError(what + " not among " + requests.stream().map(FuzzRequest::what).toList()));
    }

    private List<FuzzRequest> requestsOf(String method, String template) {
        Endpoint endpoint = endpoints.stream().filter(e -> e.httpMethod().equals(method) && e.template().equals(template))
                .findFirst().orElseThrow();
        return RequestPlan.of(endpoint).requests(LIMIT);
    }

    private static Set<String> bodies(List<FuzzRequest> requests) {
        return requests.stream().map(RequestPlanTest::body).filter(b -> b != null).collect(Collectors.toSet());
    }

    private static String body(FuzzRequest request) {
        return request.body() == null ? null : new String(request.body(), UTF_8);
    }
}
