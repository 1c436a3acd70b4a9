package dev.steadfast.testing.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

class EndpointFuzzerTest {

    @Test
    void aResourceMethodItCannotCoverFailsTheRunBeforeAnyRequestIsSent() {
        EndpointFuzzer fuzzer = EndpointFuzzer.of("api", 1024, SampleApi.Orders.class, SampleApi.Odd.class);

        AssertionError failure = assertThrows(AssertionError.class, () -> fuzzer.run("anonymous", null));

        assertTrue(failure.getMessage().contains("Odd.form: reads a @FormParam"), failure.getMessage());
        assertTrue(failure.getMessage().contains("Odd.locator"), failure.getMessage());
    }

    @Test
    void aServerErrorARefusalThatIsNotAProblemAndAProblemShowingInternalsAreFaultsAndNothingElseIs() {
        String problem = "{\"status\":400}";
        assertTrue(EndpointFuzzer.fault(500, "application/problem+json", problem).contains("server error"));
        assertTrue(EndpointFuzzer.fault(503, "application/problem+json", problem).contains("server error"));
        assertTrue(EndpointFuzzer.fault(400, "text/html;charset=UTF-8", "<html>").contains("not application/problem+json"));
        assertTrue(EndpointFuzzer.fault(404, "", "").contains("not application/problem+json"));
        assertTrue(EndpointFuzzer.fault(400, "application/problem+json", "{\"detail\":\"JsonbException at Foo.java:12\"}")
                .contains("internals"));
        assertNull(EndpointFuzzer.fault(413, "application/problem+json; charset=UTF-8", problem));
        assertNull(EndpointFuzzer.fault(200, "application/json", "[]"));
    }

    @Test
    void theApplicationPathResourcesAndBodyLimitAreReadFromTheWar() {
        WebArchive war = ShrinkWrap.create(WebArchive.class, "sample.war").addClass(SampleApi.class)
                .addAsResource(new StringAsset("steadfast.request.max-bytes = 2048\n"), "META-INF/microprofile-config.properties");

        DeployedApplication app = DeployedApplication.of(war);

        assertEquals("api", app.applicationPath());
        assertEquals(2048, app.bodyLimit());
        assertTrue(app.resources().containsAll(List.of(SampleApi.Orders.class, SampleApi.Things.class, SampleApi.Odd.class)));
        assertFalse(app.resources().contains(SampleApi.Line.class));
        assertTrue(EndpointFuzzer.of(war).endpoints().contains("GET api/things/{name}"));
    }
}
