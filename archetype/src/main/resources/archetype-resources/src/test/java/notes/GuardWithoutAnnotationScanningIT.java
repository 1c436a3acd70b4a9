package ${package}.notes;

import static dev.steadfast.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;

import dev.steadfast.testing.Deployments;
import dev.steadfast.testing.TestClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The request guards of steadfast-runtime stay on when an application switches annotation scanning off
 * ({@code metadata-complete="true"} in its web.xml): they are registered by a container initializer, not by
 * annotations. With scanning off this deployment has no REST endpoints either: what passes the guard reaches the
 * container's default servlet (405), what does not is the guard's 403.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GuardWithoutAnnotationScanningIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application().setWebXML(new StringAsset("""
                <?xml version="1.0" encoding="UTF-8"?>
                <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0" metadata-complete="true">
                    <distributable/>
                </web-app>
                """));
    }

    @ArquillianResource
    URL deployment;

    @Test
    void aFormPostIsStillRefusedByTheGuardWhileTheApplicationsOwnJsonPostGetsPastIt() {
        TestClient visitor = new TestClient(deployment);

        assertProblem(visitor.send(visitor.bareRequest("api/notes").POST(BodyPublishers.ofString("{\"title\":\"Forged\"}"))
                .header("Content-Type", "application/x-www-form-urlencoded")), 403);
        HttpResponse<String> own = visitor.post("api/notes", "{\"title\":\"Mine\"}");
        assertEquals(405, own.statusCode(), "past the guard, at the default servlet: " + own.body());
    }
}
