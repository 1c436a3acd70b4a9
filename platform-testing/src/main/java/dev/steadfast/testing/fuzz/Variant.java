package dev.steadfast.testing.fuzz;

import java.nio.charset.StandardCharsets;

/**
 * One wrong input for one place of a request (a path, query or header value, or the body).
 *
 * @param kind  its input class
 * @param what  what it is, for the report
 * @param value its bytes (UTF-8 for text); null when the input is left out
 */
record Variant(InputClass kind, String what, byte[] value) {

    static Variant of(InputClass kind, String what, String value) {
        return new Variant(kind, what, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }
}
