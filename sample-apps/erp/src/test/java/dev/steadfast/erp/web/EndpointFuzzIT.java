package dev.steadfast.erp.web;

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

import dev.steadfast.erp.Company;
import dev.steadfast.erp.Company.User;
import dev.steadfast.testing.Deployments;
import dev.steadfast.testing.fuzz.Answers;
import dev.steadfast.testing.fuzz.EndpointFuzzer;

/**
 * Every endpoint of the ERP gets every kind of wrong input (malformed, oversized, negative, overflowing, wrongly
 * typed, unusual Unicode, missing) from a user of each role: never a 5xx, every refusal a problem, and each role
 * reaches the methods it is allowed (a 400 from the method itself, not only 403s). A caller who has not signed in is
 * refused before any method reads anything.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EndpointFuzzIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployment;

    @Test
    void everyRoleGetsNoServerErrorAndOnlyProblemsAndReachesTheMethodsItMayUse() {
        Company company = Company.founded(deployment, "fuzz");
        User planner = company.hire("planner", "storekeeper");
        long item = planner.expect(201, planner.client().post("api/items", "{\"sku\":\"FUZZ-1\",\"name\":\"Fuzz\",\"unit\":\"pcs\"}"))
                .getJsonNumber("id").longValue();
        EndpointFuzzer fuzzer = EndpointFuzzer.of(Deployments.application()).withValidValue("id", String.valueOf(item))
                .withValidValue("username", planner.username());
        assertTrue(fuzzer.endpoints().containsAll(List.of("POST api/items", "POST api/stock/movements", "POST api/purchase-orders",
                "POST api/purchase-orders/{id}/approvals", "POST api/users")), fuzzer.endpoints().toString());

        for (User caller : List.of(planner, company.hire("buyer"), company.hire("approver"), company.hire("storekeeper"), company.admin())) {
            Answers answers = fuzzer.run(caller.username(), caller.client());
            assertTrue(answers.total() > 0);
            assertEquals(0, answers.count(401), caller.username() + " was not signed in: " + answers);
            assertTrue(answers.count(400) > 0, caller.username() + " reached no method that reads input: " + answers);
        }
    }

    @Test
    void anAnonymousCallerIsRefusedBeforeAnyMethodReadsItsInput() {
        Answers answers = EndpointFuzzer.of(Deployments.application()).withValidValue("id", "1").withValidValue("username", "nobody@fuzz")
                .run("anonymous", Company.founded(deployment, "anon").anonymous());
        assertTrue(answers.count(401) > 0, answers.toString());
        assertTrue(Set.of(401, 404, 405, 413, 415).containsAll(answers.byStatus().keySet()), answers + " (401; or, before any"
                + " method is chosen, 404 for a path no method has, 405 for a verb none takes, 413 for a body over the limit,"
                + " 415 for a content type none reads)");
    }
}
