package dev.steadfast.shop.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;

import dev.steadfast.shop.catalog.Product;
import dev.steadfast.shop.payment.PaymentGateway;
import dev.steadfast.testing.Deployments;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the server: the claim before a charge. Callers that settle at once meet while the provider is SLOW (a call
 * holds its caller for the 1 s time-out), so without the claim each of them would call it. The provider's calls
 * are counted, on a deployment of this class's own, whose circuit breakers see no more than these few failures.
 * A claim is its caller's own (a token): a caller whose claim went stale cannot free the claim of the caller that
 * took it over.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentRaceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClasses(PaymentRaceIT.class, OrderDesk.class);
    }

    @Inject
    Orders orders;

    @Inject
    Cashier cashier;

    @Inject
    PaymentGateway gateway;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Inject
    OrderDesk desk;

    @Test
    void twoCallersSettlingOneOrderAtOnceCallTheProviderOnce() throws Exception {
        long order = unansweredCharge();
        int calls = gateway.calls();

        settleAtOnceWhileTheProviderIsSlow(order, order);

        assertEquals(1, gateway.calls() - calls, "provider calls for one order");
    }

    /** The control: the same two callers at once, each on an order of its own, both reach the provider. */
    @Test
    void twoCallersSettlingTwoOrdersAtOnceCallTheProviderForEach() throws Exception {
        long first = unansweredCharge();
        long second = unansweredCharge();
        int calls = gateway.calls();

        settleAtOnceWhileTheProviderIsSlow(first, second);

        assertEquals(2, gateway.calls() - calls, "provider calls for two orders");
    }

    @Test
    void aClaimWhoseCallerDiedIsTakenOverOnceStaleAndTheOrderIsPaidOnce() throws Exception {
        Product product = desk.product(2);
        long live = desk.placed(product, 1).getId();
        long dead = desk.placed(product, 1).getId();
        ChargeClaim liveClaim = orders.claimCharge(live).orElseThrow();
        orders.claimCharge(dead).orElseThrow();
        orders.ageClaim(dead, Orders.CHARGE_CLAIM_LEASE.plusSeconds(1));
        int chargeRequests = gateway.chargeRequests();
        int charges = gateway.charges();

        // The control: a claim still in its lease shuts settling out; its caller may be charging right now.
        assertEquals(OrderStatus.CHARGING, cashier.settle(live).getStatus());
        assertTrue(orders.awaitingMoney().contains(dead));
        CustomerOrder recovered = desk.settleUntil(dead, OrderStatus.PAID);

        assertNotNull(recovered.getPaymentReference());
        assertEquals(1, gateway.chargeRequests() - chargeRequests, "charges asked for: only the stale claim's order, once");
        assertEquals(1, gateway.charges() - charges, "orders charged");
        // The live claim's caller gives up: nothing was taken, so the order is cancelled without a refund.
        orders.chargeRefused(liveClaim);
        assertEquals(OrderStatus.CANCELLED, cashier.cancel(live).getStatus());
    }

    /**
     * A caller whose claim went stale (its node stalled) reports late that its charge was refused, then that it got
     * no answer: the claim of the caller that took it over stays, and nobody else charges the order meanwhile.
     */
    @Test
    void aStaleCallerFinishingLateLeavesTheClaimOfTheCallerThatTookItOver() throws Exception {
        long id = desk.placed(desk.product(1), 1).getId();
        ChargeClaim stale = orders.claimCharge(id).orElseThrow();
        orders.ageClaim(id, Orders.CHARGE_CLAIM_LEASE.plusSeconds(1));
        ChargeClaim current = orders.claimCharge(id).orElseThrow(() -> new AssertionError("the stale claim was not taken over"));
        int calls = gateway.calls();

        orders.chargeRefused(stale);
        orders.chargeUnanswered(stale);

        assertTrue(orders.claimCharge(id).isEmpty(), "a third caller claimed the order while the current claim is live");
        assertFalse(orders.awaitingMoney().contains(id));
        assertEquals(OrderStatus.CHARGING, cashier.settle(id).getStatus());
        assertEquals(0, gateway.calls() - calls, "provider calls while the current claim is live");
        assertEquals(2, desk.audited("payment.claim", id));
        assertEquals(1, desk.audited("payment.charge.refused", id));
        assertEquals(1, desk.audited("payment.charge.unanswered", id));

        // The control: the current claim's own caller gives it back, and settling then finishes the order, asking
        // the provider first (the stale caller's charge may have gone through) and charging it once.
        int chargeRequests = gateway.chargeRequests();
        orders.chargeRefused(current);
        assertTrue(orders.awaitingMoney().contains(id));
        desk.settleUntil(id, OrderStatus.PAID);
        assertEquals(1, gateway.chargeRequests() - chargeRequests, "charges asked for");
        assertEquals(1, desk.audited("payment.charge.none", id));
        assertEquals(1, desk.audited("payment.charge", id));
    }

    /** An order whose charge was sent and never answered: CHARGING, nobody holding its claim. */
    private long unansweredCharge() {
        long id = desk.placed(desk.product(1), 1).getId();
        assertEquals(OrderStatus.CHARGING, orders.chargeUnanswered(orders.claimCharge(id).orElseThrow()).getStatus());
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
                assertEquals(OrderStatus.CHARGING, one.get().getStatus(), "a slow provider's answer never comes");
            }
        } finally {
            gateway.switchTo(PaymentGateway.Mode.UP);
        }
    }
}
