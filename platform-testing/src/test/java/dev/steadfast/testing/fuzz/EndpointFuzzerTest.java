package dev.steadfast.testing.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static dev.steadfast.testing.fuzz.Variant.Expect.ANY;
import static dev.steadfast.testing.fuzz.Variant.Expect.REFUSED;
import static dev.steadfast.testing.fuzz.Variant.Expect.UNSUPPORTED;

import dev.steadfast.runtime.bodylimit.RequestBodyLimitFilter;
import dev.steadfast.testing.Problems;
import org.jboss.shrinkwrap.api.asset.ByteArrayAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

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
        assertTrue(EndpointFuzzer.fault(500, "application/problem+json", problem, ANY).contains("server error"));
        assertTrue(EndpointFuzzer.fault(503, "application/problem+json", problem, ANY).contains("server error"));
        assertTrue(EndpointFuzzer.fault(400, "text/html;charset=UTF-8", "<html>", ANY).contains("not application/problem+json"));
        assertTrue(EndpointFuzzer.fault(404, "", "", ANY).contains("not application/problem+json"));
        assertTrue(EndpointFuzzer.fault(400, "application/problem+json", "{\"status\":400,\"detail\":\"JsonbException at Foo.java:12\"}", ANY)
                .contains("internals"));
        assertTrue(EndpointFuzzer.fault(413, "application/problem+json", problem, REFUSED).contains("status is not"));
        assertNull(EndpointFuzzer.fault(400, "application/problem+json; charset=UTF-8", problem, REFUSED));
        assertNull(EndpointFuzzer.fault(200, "application/json", "[]", ANY));
    }

    @Test
    void aRequestCarriedOutThoughItMustBeRefusedIsAFindingAndAnUnreadContentTypeMustBe415Or400() {
        assertTrue(EndpointFuzzer.fault(200, "application/json", "{}", REFUSED).contains("carried out (200)"));
        assertTrue(EndpointFuzzer.fault(201, "application/json", "{}", UNSUPPORTED).contains("carried out"));
        assertTrue(EndpointFuzzer.fault(404, "application/problem+json", "{\"status\":404}", UNSUPPORTED).contains("415"));
        assertNull(EndpointFuzzer.fault(415, "application/problem+json", "{\"status\":415}", UNSUPPORTED));
    }

    @Test
    void problemsAssertionAndTheHarnessShareOneCheck() {
        assertNull(Problems.fault(409, "application/problem+json", "{\"status\":409}"));
        assertTrue(Problems.fault(409, "application/problem+json", "not json").contains("not a JSON object"));
        assertTrue(Problems.fault(409, "application/json", "{\"status\":409}").contains("not application/problem+json"));
    }

    @Test
    void aPathLeftOutThatIsAnotherMethodsPathIsNotSentForThisOne() {
        EndpointFuzzer fuzzer = EndpointFuzzer.of("api", 1024, SampleApi.Orders.class);
        Endpoint one = Endpoints.of("api", List.of(SampleApi.Orders.class)).endpoints().get(1);

        assertTrue(EndpointFuzzer.routes("api/orders", "api/orders/"));
        assertTrue(EndpointFuzzer.routes("api/orders/{id: [0-9]+}", "api/orders/12?x=1"));
        assertFalse(EndpointFuzzer.routes("api/orders/{id: [0-9]+}", "api/orders/x"));
        assertTrue(fuzzer.requests(one).stream().noneMatch(r -> r.path().equals("api/orders/")), "GET api/orders answers it");
    }

    @Test
    void theBodyLimitIsTheOneTheRuntimeAppliesItsOverridesIncluded() {
        WebArchive war = ShrinkWrap.create(WebArchive.class, "sample.war").addClass(SampleApi.class)
                .addAsResource(new StringAsset("steadfast.request.max-bytes = 2048\n"), "META-INF/microprofile-config.properties");
        Map<String, String> none = Map.of();

        assertEquals(4096, DeployedApplication.of(war, Map.of("steadfast.request.max-bytes", "4096")::get, none::get).bodyLimit());
        assertEquals(8192, DeployedApplication.of(war, none::get, Map.of("STEADFAST_REQUEST_MAX_BYTES", "8192")::get).bodyLimit());
        assertEquals(2048, DeployedApplication.of(war, none::get, none::get).bodyLimit());
        assertEquals(RequestBodyLimitFilter.DEFAULT_LIMIT,
                DeployedApplication.of(war, none::get, Map.of("STEADFAST_REQUEST_MAX_BYTES", "0")::get).bodyLimit());
        assertEquals(RequestBodyLimitFilter.DEFAULT_LIMIT, DeployedApplication.of(ShrinkWrap.create(WebArchive.class, "b.war")
                .addClass(SampleApi.class), none::get, none::get).bodyLimit());
    }

    @Test
    void resourcesInLibrariesAndThoseWithTheirPathOnAnInterfaceAreCovered() {
        JavaArchive library = ShrinkWrap.create(JavaArchive.class, "lib.jar").addClasses(SampleApi.Orders.class);
        JavaArchive missing = ShrinkWrap.create(JavaArchive.class, "gone.jar")
                .add(new ByteArrayAsset("xxLjakarta/ws/rs/Path;xx".getBytes(StandardCharsets.US_ASCII)), "com/example/Gone.class");
        WebArchive war = ShrinkWrap.create(WebArchive.class, "sample.war").addClasses(SampleApi.Rest.class,
                SampleApi.WidgetApi.class, SampleApi.Widgets.class).addAsLibraries(library, missing);

        DeployedApplication app = DeployedApplication.of(war);

        assertTrue(app.resources().containsAll(List.of(SampleApi.Widgets.class, SampleApi.Orders.class)), app.resources().toString());
        assertTrue(EndpointFuzzer.of(war).endpoints().containsAll(List.of("GET api/widgets/{name}", "PUT api/orders/{id}")));
        assertEquals(1, app.uncovered().size(), app.uncovered().toString());
        assertTrue(app.uncovered().get(0).startsWith("com.example.Gone (in /WEB-INF/lib/gone.jar): not on the test's class path"));
        AssertionError failure = assertThrows(AssertionError.class, () -> EndpointFuzzer.of(war).run("anonymous", null));
        assertTrue(failure.getMessage().contains("com.example.Gone"), failure.getMessage());
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
