package dev.steadfast.testing.fuzz;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;

/**
 * A value of a request that the resource method reads from the path, the query or a header.
 *
 * @param source      where the value travels
 * @param name        its name there
 * @param type        the Java type JAX-RS converts it to
 * @param annotations its annotations but JAX-RS's own: the Bean Validation constraints it is checked with
 */
record Parameter(Source source, String name, Type type, List<Annotation> annotations) {

    Parameter {
        annotations = List.copyOf(annotations);
    }

    Parameter(Source source, String name, Type type) {
        this(source, name, type, List.of());
    }

    Constraints constraints() {
        return Constraints.of(type, annotations);
    }

    /** Where a parameter travels. */
    enum Source { PATH, QUERY, HEADER }
}
