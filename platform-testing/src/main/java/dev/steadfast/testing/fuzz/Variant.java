package dev.steadfast.testing.fuzz;

import java.nio.charset.StandardCharsets;

/**
 * One wrong input for one place of a request (a path, query or header value, or the body).
 *
 * @param kind   its input class
 * @param what   what it is, for the report
 * @param value  its bytes (UTF-8 for text); null when the input is left out
 * @param expect what the answer must be
 */
record Variant(InputClass kind, String what, byte[] value, Expect expect) {

    static Variant of(InputClass kind, String what, String value, boolean refused) {
        return new Variant(kind, what, value == null ? null : value.getBytes(StandardCharsets.UTF_8),
                refused ? Expect.REFUSED : Expect.ANY);
    }

    /** What an answer to a wrong input must be: whatever it is, never a 5xx, and every refusal a problem. */
    enum Expect {
        /** The input may be one the place takes (text in unusual Unicode, a negative number nothing forbids). */
        ANY,
        /** The input is not one the place takes: a 2xx or 3xx is a finding, the request was carried out. */
        REFUSED,
        /** A body in a content type the method does not read: 415, or 400 for a JSON body it refuses. */
        UNSUPPORTED
    }
}
