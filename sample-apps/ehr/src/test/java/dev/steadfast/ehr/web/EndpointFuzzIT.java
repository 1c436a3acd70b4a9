package dev.steadfast.ehr.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Set;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.steadfast.ehr.Hospital;
import dev.steadfast.ehr.Hospital.Staff;
import dev.steadfast.testing.Deployments;
import dev.steadfast.testing.fuzz.Answers;
import dev.steadfast.testing.fuzz.EndpointFuzzer;

/**
 * Every endpoint of the EHR gets every kind of wrong input (malformed, oversized, negative, overflowing, wrongly
 * typed, unusual Unicode, missing) from a caller of each role: never a 5xx, every refusal a problem. Each role reaches
 * the methods it is allowed (a 400 or a 2xx from the method itself, not only 403s), so the input was read; a caller
 * who has not signed in is refused before any method reads anything.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EndpointFuzzIT {

    private static final String TEAM = "ward-fuzz";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployment;

    @Test
    void everyRoleGetsNoServerErrorAndOnlyProblemsAndReachesTheMethodsItMayUse() {
        Hospital hospital = Hospital.at(deployment);
        Staff receptionist = hospital.hire("receptionist", null);
        long patient = hospital.register(receptionist, "Fuzz", TEAM);
        hospital.hire("auditor", null);
        EndpointFuzzer fuzzer = EndpointFuzzer.of(Deployments.application()).withValidValue("id", String.valueOf(patient))
                .withValidValue("username", receptionist.username());
        assertTrue(fuzzer.endpoints().containsAll(List.of("POST api/patients", "POST api/patients/{id}/chart",
                "POST api/patients/{id}/break-glass", "GET api/audit", "POST api/staff")), fuzzer.endpoints().toString());

        for (Staff caller : List.of(receptionist, hospital.hire("clinician", TEAM), hospital.hire("nurse", TEAM),
                hospital.hire("auditor", null), hospital.hire("admin", null))) {
            Answers answers = fuzzer.run(caller.username(), caller.client());
            assertTrue(answers.total() > 0);
            assertEquals(0, answers.count(401), caller.username() + " was not signed in: " + answers);
            assertTrue(answers.count(400) > 0, caller.username() + " reached no method that reads input: " + answers);
        }
    }

    @Test
    void anAnonymousCallerIsRefusedBeforeAnyMethodReadsItsInput() {
        Answers answers = EndpointFuzzer.of(Deployments.application()).withValidValue("id", "1").withValidValue("username", "nobody")
                .run("anonymous", Hospital.at(deployment).anonymous());
        assertTrue(answers.count(401) > 0, answers.toString());
        assertTrue(Set.of(401, 404, 405, 413, 415).containsAll(answers.byStatus().keySet()), answers + " (401; or, before any"
                + " method is chosen, 404 for a path no method has, 405 for a verb none takes, 413 for a body over the limit,"
                + " 415 for a content type none reads)");
    }
}
