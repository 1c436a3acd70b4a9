package ${package}.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import dev.steadfast.testing.Deployments;
import dev.steadfast.testing.TestClient;
import dev.steadfast.testing.fuzz.Answers;
import dev.steadfast.testing.fuzz.EndpointFuzzer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every endpoint of this application (notes, history, suggestions, and whatever you add: the harness reads them from
 * the WAR) gets every kind of wrong input: malformed, oversized, negative, overflowing, wrongly typed, unusual
 * Unicode, missing. None may answer 5xx, every refusal must be a problem. A method the harness cannot generate
 * input for fails this test by name: give it a record or bean body, or path, query and header values of plain types.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NoteEndpointFuzzIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployment;

    @Test
    void aNewVisitorGetsOnlyProblemsForWrongInput() {
        Answers answers = EndpointFuzzer.of(Deployments.application()).run("a new visitor", new TestClient(deployment));

        assertTrue(answers.total() > 0, "requests sent");
        assertEquals(0, answers.count(401) + answers.count(403), "refused as a caller, so the input was never read: " + answers);
    }

    @Test
    void aVisitorWithANoteInTheSessionHistoryGetsOnlyProblemsForWrongInput() {
        TestClient visitor = new TestClient(deployment);
        long id = TestClient.json(visitor.post("api/notes", "{\"title\":\"Fuzzed around\"}")).getJsonNumber("id").longValue();
        visitor.get("api/notes/" + id);

        Answers answers = EndpointFuzzer.of(Deployments.application()).run("a visitor with a history", visitor);

        assertTrue(answers.total() > 0, "requests sent");
        assertEquals(0, answers.count(401) + answers.count(403), "refused as a caller, so the input was never read: " + answers);
    }
}
