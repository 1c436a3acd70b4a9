package dev.steadfast.testing.fuzz;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.List;

/**
 * One resource method as a client reaches it.
 *
 * @param httpMethod GET, POST, ...
 * @param template   the path from the deployment's root, with its {@code {name}} variables
 * @param parameters its path, query and header parameters
 * @param body            the type of its entity parameter; null when it reads no body
 * @param bodyAnnotations the annotations of its entity parameter (its constraints: {@code @NotNull}, ...)
 * @param method          the resource method, to name it in reports
 */
record Endpoint(String httpMethod, String template, List<Parameter> parameters, Type body, List<Annotation> bodyAnnotations,
                Method method) {

    Endpoint {
        parameters = List.copyOf(parameters);
        bodyAnnotations = List.copyOf(bodyAnnotations);
    }

    /**
     * Whether the method reads a body, so that body inputs apply: a POST without an entity parameter gets none,
     * since with its other values plain it would be carried out ({@code POST orders/1/cancel}).
     */
    boolean takesBody() {
        return body != null;
    }

    @Override
    public String toString() {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName() + " (" + httpMethod + " " + template + ")";
    }
}
