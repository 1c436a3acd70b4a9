package dev.steadfast.testing.fuzz;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.steadfast.testing.TestClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Sends every resource method of an application every kind of wrong input ({@link InputClass}) and fails on any
 * answer a client's mistake must never get: a 5xx, or a 4xx that is not {@code application/problem+json} or whose
 * body names exceptions or source files (what {@code Problems.assertProblem} refuses too). The
 * resource methods come from the JAX-RS metadata of the application's own WAR, so a new one is fuzzed without
 * anyone listing it, and one the harness cannot generate input for fails the run instead of going unchecked.
 * <pre>
 * int requests = EndpointFuzzer.of(Deployments.application()).run("anonymous", new TestClient(deployment));
 * </pre>
 * Requests go as the application's page sends them, by the caller the test chooses (anonymous, a session, an admin
 * signed in), so they reach the resource; each changes one place of a plain request, which itself is never sent.
 */
public final class EndpointFuzzer {

    private static final int LISTED = 40;

    private final Endpoints endpoints;
    private final long bodyLimit;

    private EndpointFuzzer(Endpoints endpoints, long bodyLimit) {
        this.endpoints = endpoints;
        this.bodyLimit = bodyLimit;
    }

    /** The resource methods of an application's WAR, such as {@code Deployments.application()}. */
    public static EndpointFuzzer of(WebArchive application) {
        DeployedApplication app = DeployedApplication.of(application);
        return new EndpointFuzzer(Endpoints.of(app.applicationPath(), app.resources()), app.bodyLimit());
    }

    /** The resource methods of the given classes, under an application path, with a request body limit in bytes. */
    public static EndpointFuzzer of(String applicationPath, long bodyLimit, Class<?>... resources) {
        return new EndpointFuzzer(Endpoints.of(applicationPath, Arrays.asList(resources)), bodyLimit);
    }

    /**
     * Sends the requests as {@code caller}, prints how many went out, and fails listing every resource method it
     * could not cover (before sending anything) or every request answered wrongly, with its answer.
     *
     * @param who    the caller, in words, for the report ("anonymous", "admin")
     * @param caller the client to send with: its session and credentials are the caller's
     * @return the number of requests sent
     */
    public int run(String who, TestClient caller) {
        if (!endpoints.uncovered().isEmpty()) {
            throw new AssertionError("The fuzz harness cannot cover these resource methods:\n  "
                    + String.join("\n  ", endpoints.uncovered()));
        }
        Map<InputClass, Integer> sent = new EnumMap<>(InputClass.class);
        Map<String, Integer> answers = new TreeMap<>();
        List<String> faults = new ArrayList<>();
        for (Endpoint endpoint : endpoints.endpoints()) {
            for (FuzzRequest request : RequestPlan.of(endpoint).requests(bodyLimit)) {
                sent.merge(request.kind(), 1, Integer::sum);
                Answer answer = send(caller, request);
                answers.merge(answer.status(), 1, Integer::sum);
                if (answer.fault() != null) {
                    faults.add(request + "\n    -> " + answer.fault());
                }
            }
        }
        int total = sent.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("Endpoint fuzz as %s: %d requests to %d resource methods (%s); answers %s; %d answered wrongly%n",
                who, total, endpoints.endpoints().size(), counts(sent), counts(answers), faults.size());
        if (!faults.isEmpty()) {
            throw new AssertionError(faults.size() + " of " + total + " fuzz requests as " + who + " were answered wrongly"
                    + (faults.size() > LISTED ? " (the first " + LISTED + " here)" : "") + ":\n  "
                    + String.join("\n  ", faults.subList(0, Math.min(LISTED, faults.size()))));
        }
        return total;
    }

    /** The resource methods covered, as "METHOD path": for tests that want to see a method is among them. */
    public List<String> endpoints() {
        return endpoints.endpoints().stream().map(e -> e.httpMethod() + " " + e.template()).toList();
    }

    /** The status of an answer ("none" if there was none) and what is wrong with it, if anything. */
    private record Answer(String status, String fault) {
    }

    private static Answer send(TestClient caller, FuzzRequest request) {
        try {
            HttpResponse<String> answer = caller.send(request.build(caller));
            String type = answer.headers().firstValue("Content-Type").orElse("");
            String fault = fault(answer.statusCode(), type, answer.body());
            return new Answer(String.valueOf(answer.statusCode()), fault == null ? null
                    : fault + ": " + answer.statusCode() + " " + type + " " + FuzzRequest.shorten(answer.body()));
        } catch (UncheckedIOException e) {
            return new Answer("none", "no answer: " + e.getCause());
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
    static String fault(int status, String contentType, String body) {
        if (status >= 500) {
            return "a server error for the client's mistake";
        }
        if (status < 400) {
            return null;
        }
        if (!contentType.split(";")[0].trim().equalsIgnoreCase("application/problem+json")) {
            return "a refusal that is not application/problem+json";
        }
        return body.contains("Exception") || body.contains("\tat ") || body.contains(".java")
                ? "a problem that shows the server's internals" : null;
    }
}
