package dev.steadfast.testing.fuzz;

/** The kinds of wrong input every endpoint is sent, as the acceptance of the fuzz harness lists them. */
public enum InputClass {
    /** A body that is not JSON, or not the JSON value the method reads. */
    MALFORMED,
    /** A body one byte over the application's request body limit, announced and chunked. */
    OVERSIZED,
    /** Negative numbers where numbers go. */
    NEGATIVE,
    /** Numbers past int, past long either way, and beyond any double: refused where the type or a bound cannot hold them. */
    OVERFLOWING,
    /** A string for a number, an object for an array, an array for an object, a number for a string. */
    WRONG_TYPE,
    /** Surrogate pairs, right-to-left text, NUL, combining marks and emoji, in strings and path segments. */
    UNICODE,
    /** A field, a body, a path segment, a query or header value left out. */
    MISSING
}
