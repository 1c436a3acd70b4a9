package dev.steadfast.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.StringReader;
import java.net.http.HttpResponse;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

/**
 * What every refused request must look like: the status, RFC 9457 problem+json with that status, and no server
 * internals. {@link #fault} is the one check, which {@link #assertProblem} and the endpoint fuzz harness both use.
 */
public final class Problems {

    private Problems() {
    }

    public static void assertProblem(HttpResponse<String> answer, int status) {
        assertEquals(status, answer.statusCode(), answer.body());
        assertNull(fault(answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(""), answer.body()),
                answer.body());
    }

    /**
     * What is wrong with an answer that refuses a request (a 4xx or 5xx) as a problem; null when nothing is: it is
     * not {@code application/problem+json}, its body is not a JSON object whose {@code status} is the answer's, or
     * it shows the server's internals (an exception's name, a stack frame, a source file).
     */
    public static String fault(int status, String contentType, String body) {
        if (!contentType.split(";")[0].trim().equalsIgnoreCase("application/problem+json")) {
            return "a refusal that is not application/problem+json";
        }
        if (body.contains("Exception") || body.contains("\tat ") || body.contains(".java")) {
            return "a problem that shows the server's internals";
        }
        JsonValue problemStatus;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonObject problem = reader.readObject();
            problemStatus = problem.get("status");
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            return "a problem that is not a JSON object";
        }
        if (!(problemStatus instanceof JsonNumber number) || number.intValue() != status) {
            return "a problem whose status is not the answer's " + status;
        }
        return null;
    }
}
