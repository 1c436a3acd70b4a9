package dev.steadfast.testing.fuzz;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.steadfast.runtime.bodylimit.RequestBodyLimitFilter;
import dev.steadfast.testing.Problems;
import dev.steadfast.testing.TestClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Sends every resource method of an application every kind of wrong input ({@link InputClass}) and fails on any
 * answer a client's mistake must never get: a 5xx; a refusal that is not a problem ({@link Problems#fault}); a 2xx
 * or 3xx to an input the method must refuse (malformed, oversized, of the wrong type, past its type's or its
 * constraints' bounds, a required value left out: the request was carried out); anything but 400 or 415 to a body
 * in a content type the method does not read. The resource methods come from the JAX-RS metadata of the
 * application's own WAR, so a new one is fuzzed without anyone listing it, and one the harness cannot generate
 * input for fails the run instead of going unchecked.
 * <pre>
 * Answers answers = EndpointFuzzer.of(Deployments.application()).run("anonymous", new TestClient(deployment));
 * assertEquals(0, answers.count(401));
 * </pre>
 * Requests go as the application's page sends them, by the caller the test chooses (anonymous, a session, an admin
 * signed in), so they reach the resource; each changes one place of a plain request, which itself is never sent
 * (a method that reads no input at all gets no request). Plain values meet the Bean Validation constraints of their
 * place where the harness can tell ({@code @Pattern} of simple patterns, {@code @Size}, {@code @Min}, ...); the test
 * gives others with {@link #withValidValue}, so that each wrong input gets past the checks of the others.
 */
public final class EndpointFuzzer {

    private static final int LISTED = 40;

    private final String applicationPath;
    private final List<Class<?>> resources;
    private final List<String> unloadable;
    private final Map<String, String> validValues;
    private final Endpoints endpoints;
    private final long bodyLimit;

    private EndpointFuzzer(String applicationPath, List<Class<?>> resources, List<String> unloadable,
                           Map<String, String> validValues, long bodyLimit) {
        this.applicationPath = applicationPath;
        this.resources = List.copyOf(resources);
        this.unloadable = List.copyOf(unloadable);
        this.validValues = Map.copyOf(validValues);
        this.endpoints = Endpoints.of(applicationPath, resources, unloadable, validValues);
        this.bodyLimit = RequestBodyLimitFilter.limit(bodyLimit);
    }

    /** The resource methods of an application's WAR, such as {@code Deployments.application()}. */
    public static EndpointFuzzer of(WebArchive application) {
        DeployedApplication app = DeployedApplication.of(application);
        return new EndpointFuzzer(app.applicationPath(), app.resources(), app.uncovered(), Map.of(), app.bodyLimit());
    }

    /**
     * The resource methods of the given classes, under an application path, with a request body limit in bytes
     * (zero or less: the runtime's default).
     */
    public static EndpointFuzzer of(String applicationPath, long bodyLimit, Class<?>... resources) {
        return new EndpointFuzzer(applicationPath, Arrays.asList(resources), List.of(), Map.of(), bodyLimit);
    }

    /**
     * The same harness, with a valid value for every path, query or header parameter of this name: for a value
     * checked in code rather than by a constraint the harness reads (a checkout's {@code Idempotency-Key}), or a
     * {@code @Pattern} too intricate to generate from. Only the other places' wrong inputs are sent with it.
     */
    public EndpointFuzzer withValidValue(String parameter, String value) {
        Map<String, String> values = new TreeMap<>(validValues);
        values.put(parameter, value);
        return new EndpointFuzzer(applicationPath, resources, unloadable, values, bodyLimit);
    }

    /**
     * Sends the requests as {@code caller}, prints how many went out and how they were answered, and fails listing
     * every resource method it could not cover (before sending anything) or every request answered wrongly, with
     * its answer.
     *
     * @param who    the caller, in words, for the report ("anonymous", "admin")
     * @param caller the client to send with: its session and credentials are the caller's
     * @return the answers by status, in all and for each resource method
     */
    public Answers run(String who, TestClient caller) {
        if (!endpoints.uncovered().isEmpty()) {
            throw new AssertionError("The fuzz harness cannot cover these resource methods:\n  "
                    + String.join("\n  ", endpoints.uncovered()));
        }
        Map<InputClass, Integer> sent = new EnumMap<>(InputClass.class);
        Map<Integer, Integer> byStatus = new TreeMap<>();
        Map<String, Map<Integer, Integer>> byEndpoint = new TreeMap<>();
        List<String> faults = new ArrayList<>();
        List<String> withoutInput = new ArrayList<>();
        for (Endpoint endpoint : endpoints.endpoints()) {
            List<FuzzRequest> requests = requests(endpoint);
            if (requests.isEmpty()) {
                withoutInput.add(name(endpoint));
            }
            for (FuzzRequest request : requests) {
                sent.merge(request.kind(), 1, Integer::sum);
                Answer answer = send(caller, request);
                if (answer.status() > 0) {
                    byStatus.merge(answer.status(), 1, Integer::sum);
                    byEndpoint.computeIfAbsent(name(endpoint), e -> new TreeMap<>()).merge(answer.status(), 1, Integer::sum);
                }
                if (answer.fault() != null) {
                    faults.add(request + "\n    -> " + answer.fault());
                }
            }
        }
        int total = sent.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("Endpoint fuzz as %s: %d requests to %d resource methods (%s); answers %s; %d answered wrongly;"
                        + " no input to vary, so not sent: %s%n", who, total, endpoints.endpoints().size(), counts(sent),
                counts(byStatus), faults.size(), withoutInput.isEmpty() ? "none" : String.join(", ", withoutInput));
        if (!faults.isEmpty()) {
            throw new AssertionError(faults.size() + " of " + total + " fuzz requests as " + who + " were answered wrongly"
                    + (faults.size() > LISTED ? " (the first " + LISTED + " here)" : "") + ":\n  "
                    + String.join("\n  ", faults.subList(0, Math.min(LISTED, faults.size()))));
        }
        return new Answers(byStatus, byEndpoint);
    }

    /** The resource methods covered, as "METHOD path": for tests that want to see a method is among them. */
    public List<String> endpoints() {
        return endpoints.endpoints().stream().map(EndpointFuzzer::name).toList();
    }

    /**
     * The requests for one method, but those that another method would answer: a path value left out or changed
     * may make the path another method's ({@code GET orders/} is the list of orders, not order ""), whose answer
     * says nothing of this one, and which may well be a valid request.
     */
    List<FuzzRequest> requests(Endpoint endpoint) {
        return RequestPlan.of(endpoint, validValues).requests(bodyLimit).stream()
                .filter(r -> endpoints.endpoints().stream().noneMatch(other -> other != endpoint
                        && other.httpMethod().equals(endpoint.httpMethod()) && routes(other.template(), r.path())))
                .toList();
    }

    /** Whether a path (its query aside) matches a template, as JAX-RS matches it, a trailing slash aside. */
    static boolean routes(String template, String path) {
        String bare = path.split("\\?", 2)[0].replaceAll("/+$", "");
        Matcher variables = RequestPlan.VARIABLE.matcher(template.replaceAll("/+$", ""));
        StringBuilder regex = new StringBuilder();
        int last = 0;
        String plainTemplate = template.replaceAll("/+$", "");
        while (variables.find()) {
            regex.append(Pattern.quote(plainTemplate.substring(last, variables.start())));
            String variable = variables.group();
            int colon = variable.indexOf(':');
            regex.append(colon < 0 ? "[^/]+" : "(?:" + variable.substring(colon + 1, variable.length() - 1).trim() + ")");
            last = variables.end();
        }
        regex.append(Pattern.quote(plainTemplate.substring(last)));
        return bare.matches(regex.toString());
    }

    private static String name(Endpoint endpoint) {
        return endpoint.httpMethod() + " " + endpoint.template();
    }

    /** The status of an answer (0 if there was none) and what is wrong with it, if anything. */
    private record Answer(int status, String fault) {
    }

    private static Answer send(TestClient caller, FuzzRequest request) {
        try {
            HttpResponse<String> answer = caller.send(request.build(caller));
            String type = answer.headers().firstValue("Content-Type").orElse("");
            String fault = fault(answer.statusCode(), type, answer.body(), request.expect());
            return new Answer(answer.statusCode(), fault == null ? null
                    : fault + ": " + answer.statusCode() + " " + type + " " + FuzzRequest.shorten(answer.body()));
        } catch (UncheckedIOException e) {
            return new Answer(0, "no answer: " + e.getCause());
        }
    }

    private static String counts(Map<?, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getKey().toString().toLowerCase() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    /**
     * What is wrong with an answer to a wrong input; null when nothing is. A 503 is wrong too: the harness causes no
     * lock contention, so a test that does asserts its 503s itself.
     */
    static String fault(int status, String contentType, String body, Variant.Expect expect) {
        if (status >= 500) {
            return "a server error for the client's mistake";
        }
        if (status < 400) {
            return expect == Variant.Expect.ANY ? null : "carried out (" + status + ") an input it must refuse";
        }
        if (expect == Variant.Expect.UNSUPPORTED && status != 400 && status != 415 && status != 401 && status != 403) {
            return "a body it does not read answered neither 415 nor 400";
        }
        return Problems.fault(status, contentType, body);
    }
}
