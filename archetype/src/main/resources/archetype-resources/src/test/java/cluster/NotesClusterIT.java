package ${package}.cluster;

import static dev.steadfast.testing.TestClient.json;
import static dev.steadfast.testing.TestClient.jsonArray;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.steadfast.testing.SteadfastDomain;
import dev.steadfast.testing.TestClient;
import jakarta.json.JsonNumber;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The application in Steadfast's local HA domain ({@code mvn verify -Pcluster}): two workers in one cluster behind
 * the mod_cluster balancer, sessions replicated between them, one database. The domain comes up once for the run
 * and always goes down, also when a test fails. The kill comes last: it leaves one worker (a later test class of
 * the run gets a fresh domain).
 */
@Tag("cluster")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotesClusterIT {

    @RegisterExtension
    static final SteadfastDomain CLUSTER = new SteadfastDomain();
    static final String APP = "${artifactId}/";

    /** Ready on both workers and through the balancer once this returns. */
    @BeforeAll
    static void deployed() {
        CLUSTER.deploy(Path.of(System.getProperty("steadfast.war")), "steadfast-apps");
    }

    @Test
    @Order(1)
    void aNoteWrittenThroughOneWorkerIsReadThroughTheOther() {
        List<URI> workers = CLUSTER.workers(APP);
        assertEquals(2, workers.size(), workers.toString());

        HttpResponse<String> written = CLUSTER.client(workers.get(0)).post("api/notes", "{\"title\":\"Shared\"}");
        assertEquals(201, written.statusCode(), written.body());
        HttpResponse<String> read = CLUSTER.client(workers.get(1)).get("api/notes/" + idOf(written));

        assertEquals(200, read.statusCode(), read.body());
        assertEquals("Shared", json(read).getString("title"));
        assertNotEquals(nodeOf(written), nodeOf(read));
    }

    @Test
    @Order(2)
    void theSessionSurvivesAKillMinus9OfTheServerHoldingItWithNoFailedRequest() {
        TestClient author = CLUSTER.client(CLUSTER.balancer(APP));
        List<Long> notes = new ArrayList<>();
        List<Long> newestFirst = new ArrayList<>();
        for (String title : List.of("Rota", "Handover", "Stock")) {
            HttpResponse<String> written = author.post("api/notes", "{\"title\":\"" + title + "\"}");
            assertEquals(201, written.statusCode(), written.body());
            notes.add(idOf(written));
            newestFirst.add(0, idOf(written));
        }
        TestClient visitor = CLUSTER.client(CLUSTER.balancer(APP));
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (long note : notes) {
            answers.add(visitor.get("api/notes/" + note));
        }
        String holder = nodeOf(answers.get(0));
        assertEquals(List.of(holder, holder, holder), answers.stream().map(NotesClusterIT::nodeOf).toList(), "a sticky session");

        CLUSTER.kill(holder);
        HttpResponse<String> history = visitor.get("api/history");
        answers.add(history);

        assertEquals(List.of(200, 200, 200, 200), answers.stream().map(HttpResponse::statusCode).toList(), history.body());
        assertNotEquals(holder, nodeOf(history));
        assertEquals(newestFirst, jsonArray(history).getValuesAs(JsonNumber.class).stream().map(JsonNumber::longValue).toList());
    }

    private static long idOf(HttpResponse<String> written) {
        return json(written).getJsonNumber("id").longValue();
    }

    private static String nodeOf(HttpResponse<String> answer) {
        return answer.headers().firstValue("X-Steadfast-Node").orElse("none");
    }
}
