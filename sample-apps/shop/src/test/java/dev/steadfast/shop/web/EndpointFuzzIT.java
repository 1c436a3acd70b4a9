package dev.steadfast.shop.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import dev.steadfast.shop.Shopper;
import dev.steadfast.testing.Deployments;
import dev.steadfast.testing.TestClient;
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
 * endpoints refuse before they read anything; signed in as an admin, the input reaches them; as a shopper with a
 * cart, it reaches the cart's lines.
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

    private final EndpointFuzzer fuzzer = EndpointFuzzer.of(Deployments.application());

    @Test
    void theAdminsEndpointsAreAmongTheFuzzedOnes() {
        assertTrue(fuzzer.endpoints().containsAll(List.of("POST api/admin/products", "PUT api/admin/products/{id}/price",
                "PUT api/admin/payments/gateway", "POST api/admin/payments/settle", "GET api/admin/audit/verification")),
                fuzzer.endpoints().toString());
    }

    @Test
    void anAnonymousCallerGetsNoServerErrorAndOnlyProblems() {
        assertTrue(fuzzer.run("anonymous", new TestClient(deployment)) > 0);
    }

    @Test
    void aShopperWithACartGetsNoServerErrorAndOnlyProblems() {
        Shopper shopper = Shopper.at(deployment);
        shopper.add(shopper.productId("TEA-ASSAM"), 1);

        assertTrue(fuzzer.run("a shopper with a cart", shopper.client()) > 0);
    }

    @Test
    void anAdminGetsNoServerErrorAndOnlyProblems() {
        assertTrue(fuzzer.run("admin", new TestClient(deployment).signedInAs("shop-admin")) > 0);
    }
}
