package ${package}.notes;

import static dev.steadfast.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import dev.steadfast.testing.Deployments;
import dev.steadfast.testing.TestClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Over HTTPS, as a client sees it: status codes, problem+json bodies, headers, the session, health. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NoteApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployment;

    @Test
    void aCreatedNoteIsLocatedTaggedAndSaysWhichNodeServedIt() {
        HttpResponse<String> created = new TestClient(deployment).post("api/notes", "{\"title\":\"Order paper\"}");

        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.headers().firstValue("Location").isPresent());
        assertEquals("\"0\"", created.headers().firstValue("ETag").orElse(""));
        assertFalse(created.headers().firstValue("X-Steadfast-Node").orElse("").isBlank());
    }

    @Test
    void malformedJsonIsA400ProblemWithoutInternals() {
        HttpResponse<String> answer = new TestClient(deployment).post("api/notes", "{\"title\": ");

        assertProblem(answer, 400);
    }

    @Test
    void aBlankTitleIsA400ProblemNamingTheField() {
        HttpResponse<String> answer = new TestClient(deployment).post("api/notes", "{\"title\":\"\"}");

        assertProblem(answer, 400);
        assertTrue(answer.body().contains("\"title\""), answer.body());
    }

    @Test
    void anEmptyBodyIsA400Problem() {
        assertProblem(new TestClient(deployment).post("api/notes", ""), 400);
    }

    @Test
    void aBodyOverTheLimitIsA413ProblemWhetherItAnnouncesItsLengthOrNot() {
        String huge = "{\"title\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        TestClient client = new TestClient(deployment);

        assertProblem(client.post("api/notes", huge), 413);
        HttpResponse<String> chunked = client.send(client.request("api/notes").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8)))));
        assertProblem(chunked, 413);
    }

    @Test
    void anUnknownNoteIsA404Problem() {
        assertProblem(new TestClient(deployment).get("api/notes/987654321"), 404);
    }

    @Test
    void aNonNumericIdIsA404ProblemNotAServerError() {
        assertProblem(new TestClient(deployment).get("api/notes/abc"), 404);
    }

    @Test
    void aRevisionWithAStaleETagIsA409Problem() {
        TestClient client = new TestClient(deployment);
        String id = idOf(client.post("api/notes", "{\"title\":\"Agenda\"}"));
        assertEquals(200, client.put("api/notes/" + id, "{\"title\":\"Agenda v2\"}", "\"0\"").statusCode());

        HttpResponse<String> stale = client.put("api/notes/" + id, "{\"title\":\"Agenda v2b\"}", "\"0\"");

        assertProblem(stale, 409);
        assertTrue(client.get("api/notes/" + id).body().contains("Agenda v2\""));
    }

    @Test
    void theSessionRemembersWhichNotesWereViewed() {
        TestClient client = new TestClient(deployment);
        String id = idOf(client.post("api/notes", "{\"title\":\"Visited\"}"));
        client.get("api/notes/" + id);

        HttpResponse<String> history = client.get("api/history");

        assertEquals(200, history.statusCode());
        assertEquals("[" + id + "]", history.body());
    }

    @Test
    void readinessReportsTheDatabaseAndTheNotes() {
        HttpResponse<String> ready = new TestClient(deployment).get("health/ready");

        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"datasource\"") && ready.body().contains("\"notes\""), ready.body());
        assertTrue(new TestClient(deployment).get("health/live").statusCode() == 200);
    }

    @Test
    void plainHttpIsRedirectedToHttps() throws Exception {
        java.net.HttpURLConnection plain = (java.net.HttpURLConnection) deployment.toURI().resolve("api/notes").toURL().openConnection();
        plain.setInstanceFollowRedirects(false);

        assertEquals(302, plain.getResponseCode());
        assertTrue(plain.getHeaderField("Location").startsWith("https://"));
    }

    private static String idOf(HttpResponse<String> created) {
        return String.valueOf(TestClient.json(created).getJsonNumber("id").longValue());
    }
}
