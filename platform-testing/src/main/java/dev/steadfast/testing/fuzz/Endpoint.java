package dev.steadfast.testing.fuzz;

import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.List;

/**
 * One resource method as a client reaches it.
 *
 * @param httpMethod GET, POST, ...
 * @param template   the path from the deployment's root, with its {@code {name}} variables
 * @param parameters its path, query and header parameters
 * @param body       the type of its entity parameter; null when it reads no body
 * @param method     the resource method, to name it in reports
 */
record Endpoint(String httpMethod, String template, List<Parameter> parameters, Type body, Method method) {

    Endpoint {
        parameters = List.copyOf(parameters);
    }

    /** Whether a request of this method carries a body at all, so that malformed and oversized ones apply. */
    boolean takesBody() {
        return body != null || List.of("POST", "PUT", "PATCH").contains(httpMethod);
    }

    @Override
    public String toString() {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName() + " (" + httpMethod + " " + template + ")";
    }
}
