package ${package}.notes;

import static dev.steadfast.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.UUID;

import dev.steadfast.testing.Deployments;
import dev.steadfast.testing.TestClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cross-site request forgery: what another site can make a visitor's browser send here (with the visitor's session
 * cookie) is refused with a 403 problem and changes nothing; the same change as this application's own client sends
 * it succeeds (steadfast-runtime's cross-site request guard).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrossSiteRequestIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployment;

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=steadfast"})
    void aNoteCreatedByAFormOfAnotherSiteIsRefusedAndNothingIsCreated(String contentType) {
        TestClient visitor = new TestClient(deployment);
        String title = "forged " + UUID.randomUUID();

        HttpResponse<String> forged = visitor.send(visitor.bareRequest("api/notes")
                .POST(BodyPublishers.ofString("{\"title\":\"" + title + "\"}")).header("Content-Type", contentType));

        assertProblem(forged, 403);
        assertFalse(visitor.get("api/notes").body().contains(title), "no note was created");
    }

    @Test
    void aDeleteWithoutTheApplicationsHeaderIsRefusedAndTheNoteStays() {
        TestClient visitor = new TestClient(deployment);
        String id = idOf(visitor.post("api/notes", "{\"title\":\"Keep me\"}"));

        assertProblem(visitor.send(visitor.bareRequest("api/notes/" + id).DELETE()), 403);
        assertEquals(200, visitor.get("api/notes/" + id).statusCode(), "the note is still there");
    }

    @Test
    void aJsonRevisionFromAForeignOriginIsRefusedAndTheNoteIsUnchanged() {
        TestClient visitor = new TestClient(deployment);
        String id = idOf(visitor.post("api/notes", "{\"title\":\"Original\"}"));

        HttpResponse<String> forged = visitor.send(visitor.request("api/notes/" + id)
                .PUT(BodyPublishers.ofString("{\"title\":\"Forged\"}")).header("Content-Type", "application/json")
                .header("If-Match", "\"0\"").header("Origin", "https://evil.example"));

        assertProblem(forged, 403);
        assertTrue(visitor.get("api/notes/" + id).body().contains("\"Original\""));
    }

    @Test
    void aRequestTheBrowserMarksAsCrossSiteIsRefused() {
        TestClient visitor = new TestClient(deployment);

        HttpResponse<String> forged = visitor.send(visitor.request("api/notes")
                .POST(BodyPublishers.ofString("{\"title\":\"Cross-site\"}")).header("Content-Type", "application/json")
                .header("Sec-Fetch-Site", "cross-site"));

        assertProblem(forged, 403);
    }

    @Test
    void theSameChangesAsTheApplicationsOwnClientSendsThemSucceed() {
        TestClient visitor = new TestClient(deployment);
        String origin = visitor.base().getScheme() + "://" + visitor.base().getAuthority();

        HttpResponse<String> created = visitor.send(visitor.request("api/notes")
                .POST(BodyPublishers.ofString("{\"title\":\"Mine\"}")).header("Content-Type", "application/json")
                .header("Origin", origin).header("Sec-Fetch-Site", "same-origin"));
        assertEquals(201, created.statusCode(), created.body());

        HttpResponse<String> deleted = visitor.send(visitor.request("api/notes/" + idOf(created)).DELETE()
                .header("Origin", origin).header("Sec-Fetch-Site", "same-origin"));
        assertEquals(204, deleted.statusCode(), deleted.body());
    }

    @Test
    void theSessionCookieIsLeftOffRequestsOtherSitesMake() {
        TestClient visitor = new TestClient(deployment);
        String id = idOf(visitor.post("api/notes", "{\"title\":\"Viewed\"}"));

        HttpResponse<String> viewed = visitor.get("api/notes/" + id);

        String cookie = viewed.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + viewed.headers()));
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
    }

    private static String idOf(HttpResponse<String> created) {
        assertEquals(201, created.statusCode(), created.body());
        return String.valueOf(TestClient.json(created).getJsonNumber("id").longValue());
    }
}
