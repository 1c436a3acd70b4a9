package dev.steadfast.shop.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;

import dev.steadfast.shop.catalog.Catalog;
import dev.steadfast.shop.catalog.Product;
import dev.steadfast.shop.payment.PaymentGateway;
import dev.steadfast.testing.Deployments;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the server: the claim before a charge. Callers that settle at once meet while the provider is SLOW (a charge
 * holds its caller for the 1 s time-out), so without the claim each of them would call it. The provider's calls
 * are counted, on a deployment of this class's own, whose circuit breaker sees no more than these few failures.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentRaceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClasses(PaymentRaceIT.class, OrderDesk.class);
    }

    @Inject
    Catalog catalog;

    @Inject
    Orders orders;

    @Inject
    Cashier cashier;

    @Inject
    PaymentGateway gateway;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    OrderDesk desk;

    @BeforeEach
    void desk() {
        desk = new OrderDesk(catalog, orders, cashier);
    }

    @Test
    void twoCallersSettlingOneOrderAtOnceCallTheProviderOnce() throws Exception {
        long order = unansweredCharge();
        int calls = gateway.calls();

        settleAtOnceWhileTheProviderIsSlow(order, order);

        assertEquals(1, gateway.calls() - calls, "charges sent for one order");
    }

    /** The control: the same two callers at once, each on an order of its own, both reach the provider. */
    @Test
    void twoCallersSettlingTwoOrdersAtOnceCallTheProviderForEach() throws Exception {
        long first = unansweredCharge();
        long second = unansweredCharge();
        int calls = gateway.calls();

        settleAtOnceWhileTheProviderIsSlow(first, second);

        assertEquals(2, gateway.calls() - calls, "charges sent for two orders");
    }

    @Test
    void aClaimWhoseCallerDiedIsTakenOverOnceStaleAndTheOrderIsPaidOnce() {
        Product product = desk.product(2);
        long live = desk.placed(product, 1).getId();
        long dead = desk.placed(product, 1).getId();
        assertTrue(orders.claimCharge(live, Instant.now()).isPresent());
        assertTrue(orders.claimCharge(dead, Instant.now().minus(Orders.CHARGE_CLAIM_LEASE).minusSeconds(1)).isPresent());
        int calls = gateway.calls();
        int charges = gateway.charges();

        // The control: a claim still in its lease shuts settling out; its caller may be charging right now.
        assertEquals(OrderStatus.CHARGING, cashier.settle(live).getStatus());
        assertTrue(orders.awaitingMoney().contains(dead));
        CustomerOrder recovered = cashier.settle(dead);

        assertEquals(OrderStatus.PAID, recovered.getStatus());
        assertNotNull(recovered.getPaymentReference());
        assertEquals(1, gateway.calls() - calls, "charges sent: only the stale claim's order");
        assertEquals(1, gateway.charges() - charges, "orders charged");
        // The live claim's caller gives up: nothing was taken, so the order is cancelled without a refund.
        orders.chargeRefused(live);
        assertEquals(OrderStatus.CANCELLED, cashier.cancel(live).getStatus());
    }

    /** An order whose charge was sent and never answered: CHARGING, nobody holding its claim. */
    private long unansweredCharge() {
        long id = desk.placed(desk.product(1), 1).getId();
        assertTrue(orders.claimCharge(id, Instant.now()).isPresent());
        assertEquals(OrderStatus.CHARGING, orders.chargeUnanswered(id).getStatus());
        return id;
    }

    private void settleAtOnceWhileTheProviderIsSlow(long first, long second) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<CustomerOrder>> settled = new ArrayList<>();
        gateway.switchTo(PaymentGateway.Mode.SLOW);
        try {
            for (long id : new long[] {first, second}) {
                settled.add(executor.submit(() -> {
                    start.await();
                    return cashier.settle(id);
                }));
            }
            start.countDown();
            for (Future<CustomerOrder> one : settled) {
                assertEquals(OrderStatus.CHARGING, one.get().getStatus(), "a slow provider's charge is unanswered");
            }
        } finally {
            gateway.switchTo(PaymentGateway.Mode.UP);
        }
    }
}
