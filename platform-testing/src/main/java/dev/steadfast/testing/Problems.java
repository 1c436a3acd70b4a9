package dev.steadfast.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.http.HttpResponse;

/** What every refused request must look like: the status, RFC 9457 problem+json, and no server internals. */
public final class Problems {

    private Problems() {
    }

    public static void assertProblem(HttpResponse<String> answer, int status) {
        assertEquals(status, answer.statusCode(), answer.body());
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse("").split(";")[0], answer.body());
        assertFalse(answer.body().contains("Exception") || answer.body().contains("\tat ") || answer.body().contains(".java"), answer.body());
        assertEquals(status, TestClient.json(answer).getInt("status"));
    }
}
