package dev.steadfast.testing.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class EndpointsTest {

    @Test
    void everyResourceMethodIsListedWithItsFullPathAndItsInputs() {
        Endpoints listed = Endpoints.of("api", List.of(SampleApi.Orders.class, SampleApi.Things.class));

        assertEquals(List.of("GET api/orders", "GET api/orders/{id: [0-9]+}", "DELETE api/orders/{id}", "PUT api/orders/{id}",
                "POST api/orders/{id}/cancel", "GET api/things/{name}"),
                listed.endpoints().stream().map(e -> e.httpMethod() + " " + e.template()).toList());
        assertEquals(List.of(), listed.uncovered());
        Endpoint change = listed.endpoints().get(3);
        assertEquals(SampleApi.Order.class, change.body());
        assertEquals(List.of(new Parameter(Parameter.Source.PATH, "id", long.class),
                new Parameter(Parameter.Source.HEADER, "If-Match", String.class)), change.parameters());
        assertNull(listed.endpoints().get(1).body(), "@Context is injected, not read from the body");
    }

    @Test
    void aMethodWithoutAGeneratorIsNamedWithTheReasonInsteadOfBeingLeftOut() {
        Endpoints listed = Endpoints.of("api", List.of(SampleApi.Odd.class));

        assertEquals(List.of(), listed.endpoints());
        List<String> uncovered = listed.uncovered().stream().sorted().toList();
        assertEquals(4, uncovered.size(), uncovered.toString());
        assertTrue(uncovered.get(0).startsWith("Odd.anything: no JSON generator for java.lang.Object"), uncovered.get(0));
        assertTrue(uncovered.get(1).startsWith("Odd.form: reads a @FormParam"), uncovered.get(1));
        assertTrue(uncovered.get(2).startsWith("Odd.locator: a sub-resource locator"), uncovered.get(2));
        assertTrue(uncovered.get(3).startsWith("Odd.text: consumes [text/plain]"), uncovered.get(3));
    }
}
