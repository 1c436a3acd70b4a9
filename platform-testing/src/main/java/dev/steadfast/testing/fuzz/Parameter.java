package dev.steadfast.testing.fuzz;

import java.lang.reflect.Type;

/**
 * A value of a request that the resource method reads from the path, the query or a header.
 *
 * @param source where the value travels
 * @param name   its name there
 * @param type   the Java type JAX-RS converts it to
 */
record Parameter(Source source, String name, Type type) {

    /** Where a parameter travels. */
    enum Source { PATH, QUERY, HEADER }
}
