package dev.steadfast.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.json.bind.Jsonb;

import org.junit.jupiter.api.Test;

/** The application's one JSON-B instance: the same for every type RESTEasy asks it for, and a working one. */
class SharedJsonbTest {

    public record Line(String sku, int quantity) {
    }

    @Test
    void everyTypeGetsTheSameInstance() {
        SharedJsonb resolver = new SharedJsonb();
        Jsonb first = resolver.getContext(Line.class);
        assertSame(first, resolver.getContext(String.class));
        assertSame(first, resolver.getContext(null));
    }

    @Test
    void theInstanceWritesAndReadsRecords() {
        Jsonb jsonb = new SharedJsonb().getContext(Line.class);
        String json = jsonb.toJson(new Line("SKU-1", 2));
        assertEquals(new Line("SKU-1", 2), jsonb.fromJson(json, Line.class));
    }
}
