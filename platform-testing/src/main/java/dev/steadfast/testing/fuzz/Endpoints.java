package dev.steadfast.testing.fuzz;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;

/**
 * The resource methods of an application, read from the JAX-RS annotations of its resource classes as the JAX-RS
 * runtime reads them (an annotation on an implemented interface, a superclass or an overridden method counts,
 * the class's {@code @Path} included). A method whose input
 * the harness cannot generate is listed as uncovered, with the reason, rather than left out in silence.
 *
 * @param endpoints the methods the harness covers, in path order
 * @param uncovered the others: "Class.method: reason"
 */
record Endpoints(List<Endpoint> endpoints, List<String> uncovered) {

    private static final List<Class<? extends Annotation>> NOT_GENERATED = List.of(FormParam.class, CookieParam.class,
            MatrixParam.class, BeanParam.class);

    Endpoints {
        endpoints = List.copyOf(endpoints);
        uncovered = List.copyOf(uncovered);
    }

    /** @param applicationPath the {@code @ApplicationPath} of the application, from the deployment's root */
    static Endpoints of(String applicationPath, Collection<Class<?>> resources) {
        return of(applicationPath, resources, List.of(), Map.of());
    }

    /**
     * @param applicationPath the {@code @ApplicationPath} of the application, from the deployment's root
     * @param alsoUncovered   resources found but not loadable, already named with the reason
     * @param validValues     plain values by parameter name, given by the test
     */
    static Endpoints of(String applicationPath, Collection<Class<?>> resources, List<String> alsoUncovered,
                        Map<String, String> validValues) {
        List<Endpoint> endpoints = new ArrayList<>();
        List<String> uncovered = new ArrayList<>(alsoUncovered);
        for (Class<?> resource : resources) {
            Path root = rootPath(resource);
            if (root == null || resource.isInterface() || Modifier.isAbstract(resource.getModifiers())) {
                continue;
            }
            for (Method method : resource.getMethods()) {
                Method declared = annotated(method);
                if (declared == null) {
                    continue;
                }
                try {
                    Endpoint endpoint = endpoint(join(applicationPath, root.value(), declared), resource, method, declared);
                    RequestPlan.of(endpoint, validValues);
                    endpoints.add(endpoint);
                } catch (Uncoverable e) {
                    uncovered.add(resource.getSimpleName() + "." + method.getName() + ": " + e.getMessage());
                }
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::template).thenComparing(Endpoint::httpMethod));
        return new Endpoints(endpoints, uncovered);
    }

    private static Endpoint endpoint(String template, Class<?> resource, Method method, Method declared) {
        String httpMethod = Arrays.stream(declared.getAnnotations())
                .map(a -> a.annotationType().getAnnotation(HttpMethod.class)).filter(h -> h != null)
                .map(HttpMethod::value).findFirst()
                .orElseThrow(() -> new Uncoverable("a sub-resource locator, whose resources the harness does not follow"));
        List<Parameter> parameters = new ArrayList<>();
        Type body = null;
        List<Annotation> bodyAnnotations = List.of();
        Type[] types = method.getGenericParameterTypes();
        Annotation[][] annotations = declared.getParameterAnnotations();
        Annotation[][] own = method.getParameterAnnotations();
        for (int i = 0; i < types.length; i++) {
            List<Annotation> constraints = Stream.concat(Arrays.stream(annotations[i]), Arrays.stream(own[i])).distinct()
                    .filter(a -> !a.annotationType().getPackageName().startsWith("jakarta.ws.rs")).toList();
            Parameter parameter = parameter(annotations[i], types[i], constraints);
            if (parameter != null) {
                parameters.add(parameter);
            } else if (!injected(annotations[i])) {
                body = types[i];
                bodyAnnotations = constraints;
            }
        }
        addUndeclaredVariables(template, parameters);
        if (body != null) {
            requireJson(consumes(resource, declared));
        }
        return new Endpoint(httpMethod, template, parameters, body, bodyAnnotations, method);
    }

    private static Parameter parameter(Annotation[] annotations, Type type, List<Annotation> constraints) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof PathParam path) {
                return new Parameter(Parameter.Source.PATH, path.value(), type, constraints);
            }
            if (annotation instanceof QueryParam query) {
                return new Parameter(Parameter.Source.QUERY, query.value(), type, constraints);
            }
            if (annotation instanceof HeaderParam header) {
                return new Parameter(Parameter.Source.HEADER, header.value(), type, constraints);
            }
            if (NOT_GENERATED.contains(annotation.annotationType())) {
                throw new Uncoverable("reads a @" + annotation.annotationType().getSimpleName() + ", which the harness does not generate");
            }
        }
        return null;
    }

    private static boolean injected(Annotation[] annotations) {
        return Arrays.stream(annotations).anyMatch(a -> a instanceof Context || a instanceof Suspended);
    }

    /** A path variable no parameter reads is still part of the path: it gets text values. */
    private static void addUndeclaredVariables(String template, List<Parameter> parameters) {
        Set<String> declared = parameters.stream().filter(p -> p.source() == Parameter.Source.PATH).map(Parameter::name)
                .collect(Collectors.toSet());
        Set<String> variables = new LinkedHashSet<>();
        Matcher matcher = RequestPlan.VARIABLE.matcher(template);
        while (matcher.find()) {
            variables.add(matcher.group(1));
        }
        variables.stream().filter(v -> !declared.contains(v))
                .forEach(v -> parameters.add(new Parameter(Parameter.Source.PATH, v, String.class)));
    }

    /** Read as text: {@code MediaType.valueOf} needs a JAX-RS implementation, which a test's class path may lack. */
    private static void requireJson(List<String> consumes) {
        boolean json = consumes.isEmpty() || consumes.stream().map(c -> c.split(";")[0].trim().toLowerCase())
                .anyMatch(t -> t.equals("*/*") || t.equals("application/*") || t.endsWith("/json") || t.endsWith("+json"));
        if (!json) {
            throw new Uncoverable("consumes " + consumes + ", and the harness generates JSON only");
        }
    }

    private static List<String> consumes(Class<?> resource, Method declared) {
        Consumes consumes = declared.isAnnotationPresent(Consumes.class) ? declared.getAnnotation(Consumes.class)
                : resource.isAnnotationPresent(Consumes.class) ? resource.getAnnotation(Consumes.class)
                : declared.getDeclaringClass().getAnnotation(Consumes.class);
        return consumes == null ? List.of() : Arrays.stream(consumes.value())
                .flatMap(v -> Arrays.stream(v.split(","))).map(String::trim).toList();
    }

    /**
     * The {@code @Path} of a resource class: its own, else that of the nearest superclass or interface that has one,
     * as RESTEasy deploys a class that implements an annotated interface.
     */
    static Path rootPath(Class<?> resource) {
        if (resource == null || resource == Object.class) {
            return null;
        }
        Path own = resource.getAnnotation(Path.class);
        if (own != null) {
            return own;
        }
        Path inherited = rootPath(resource.getSuperclass());
        for (int i = 0; inherited == null && i < resource.getInterfaces().length; i++) {
            inherited = rootPath(resource.getInterfaces()[i]);
        }
        return inherited;
    }

    /** The method itself if it carries JAX-RS annotations, else the overridden one that does, else null. */
    private static Method annotated(Method method) {
        if (method.getDeclaringClass() == Object.class || method.isBridge() || method.isSynthetic()) {
            return null;
        }
        if (hasJaxRsAnnotation(method)) {
            return method;
        }
        Class<?> owner = method.getDeclaringClass();
        return Stream.concat(Stream.ofNullable(owner.getSuperclass()), Arrays.stream(owner.getInterfaces()))
                .map(type -> {
                    try {
                        return annotated(type.getMethod(method.getName(), method.getParameterTypes()));
                    } catch (NoSuchMethodException e) {
                        return null;
                    }
                })
                .filter(m -> m != null).findFirst().orElse(null);
    }

    private static boolean hasJaxRsAnnotation(Method method) {
        return method.isAnnotationPresent(Path.class) || Arrays.stream(method.getAnnotations())
                .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
    }

    private static String join(String applicationPath, String resourcePath, Method declared) {
        Path sub = declared.getAnnotation(Path.class);
        return Stream.of(applicationPath, resourcePath, sub == null ? "" : sub.value())
                .map(p -> p.replaceAll("^/+|/+$", "")).filter(p -> !p.isEmpty()).collect(Collectors.joining("/"));
    }
}
