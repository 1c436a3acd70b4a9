package dev.steadfast.testing.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
                && plain.equals(body(r))));
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
    void aStateChangingMethodWithoutABodyStillGetsBodiesItDoesNotRead() {
        List<FuzzRequest> requests = requestsOf("POST", "api/orders/{id}/cancel");

        assertTrue(requests.stream().anyMatch(r -> r.kind() == InputClass.MALFORMED && "{".equals(body(r))));
        assertEquals(2, requests.stream().filter(r -> r.kind() == InputClass.OVERSIZED).count());
        assertFalse(requestsOf("DELETE", "api/orders/{id}").stream().anyMatch(r -> r.body() != null));
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
