package dev.steadfast.shop.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.steadfast.shop.Shopper;
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
 * Every endpoint of the shop, the admin's included, gets every kind of wrong input (malformed, oversized, negative,
 * overflowing, wrongly typed, unusual Unicode, missing): never a 5xx, every refusal a problem. Anonymously, admin
 * endpoints refuse (401) before they read anything; signed in as an admin, the input reaches them (no 401 or 403:
 * a run stopped at the door would prove nothing); as a shopper with a cart, it reaches the cart's lines. An input
 * that must be refused but is carried out (2xx) fails too.
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

    /** The checkout checks its Idempotency-Key in code (8 to 64 letters, digits, '-', '_'): the harness is told a valid one. */
    private final EndpointFuzzer fuzzer = EndpointFuzzer.of(Deployments.application())
            .withValidValue("Idempotency-Key", "fuzz-checkout-0001");
    /** The admin's methods that read input, so get requests (settle and verification read none and get none). */
    private static final List<String> ADMIN_WITH_INPUT = List.of("POST api/admin/products", "PUT api/admin/products/{id}/price",
            "PUT api/admin/products/{id}/stock", "PUT api/admin/payments/gateway");

    @Test
    void theAdminsEndpointsAreAmongTheFuzzedOnes() {
        assertTrue(fuzzer.endpoints().containsAll(List.of("POST api/admin/products", "PUT api/admin/products/{id}/price",
                "PUT api/admin/payments/gateway", "POST api/admin/payments/settle", "GET api/admin/audit/verification")),
                fuzzer.endpoints().toString());
    }

    @Test
    void anAnonymousCallerGetsNoServerErrorAndOnlyProblemsAndEveryAdminMethodRefusesThemUnread() {
        Answers answers = fuzzer.run("anonymous", new TestClient(deployment));

        assertTrue(answers.total() > 0);
        for (String admin : ADMIN_WITH_INPUT) {
            Map<Integer, Integer> statuses = answers.of(admin);
            assertTrue(statuses.getOrDefault(401, 0) > 0 && Set.of(401, 404, 413, 415).containsAll(statuses.keySet()),
                    admin + " answered " + statuses + " (401; or, before any resource is chosen, 404 for a path no"
                            + " method has, 413 for a body over the limit, 415 for a content type none reads)");
        }
        assertTrue(answers.total() > answers.count(401), "the public methods were reached: " + answers);
    }

    @Test
    void aShopperWithACartGetsNoServerErrorAndOnlyProblems() {
        Shopper shopper = Shopper.at(deployment);
        shopper.add(shopper.productId("TEA-ASSAM"), 1);

        Answers answers = fuzzer.run("a shopper with a cart", shopper.client());

        assertTrue(answers.total() > 0);
        assertEquals(0, answers.count(403), answers.toString());
    }

    @Test
    void anAdminGetsNoServerErrorAndOnlyProblemsAndIsNeverRefusedAsACaller() {
        Answers answers = fuzzer.run("admin", new TestClient(deployment).signedInAs("shop-admin"));

        assertTrue(answers.total() > 0);
        assertEquals(0, answers.count(401), "the admin's credentials were refused: " + answers);
        assertEquals(0, answers.count(403), "the admin was not let in: " + answers);
        for (String admin : ADMIN_WITH_INPUT) {
            // 404 and 415 can come before a method is chosen; a 400 or 409 from an input the method reads, or a 2xx,
            // only from the method itself.
            assertTrue(answers.of(admin).keySet().stream().anyMatch(s -> s == 400 || s == 409 || s / 100 == 2),
                    admin + " was not reached: " + answers.of(admin));
        }
    }
}
