package dev.steadfast.shop.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.shop.catalog.Product;
import dev.steadfast.shop.payment.PaymentGateway;
import dev.steadfast.testing.Deployments;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the server: cancelled orders and their money. Counted at the provider (orders charged, charges refunded) and in
 * the audit trail, never by time: settling is repeated until the order is where it must end.
 */
@ExtendWith(ArquillianExtension.class)
class RefundIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClasses(RefundIT.class, OrderDesk.class);
    }

    @Inject
    Orders orders;

    @Inject
    Cashier cashier;

    @Inject
    PaymentGateway gateway;

    @Inject
    OrderDesk desk;

    @Test
    void cancellingAPaidOrderRefundsItOnceAndPutsItsUnitsBack() throws Exception {
        Product product = desk.product(5);
        long id = desk.placed(product, 2).getId();
        desk.settleUntil(id, OrderStatus.PAID);
        int refunds = gateway.refunds();

        cashier.cancel(id);
        CustomerOrder refunded = desk.settleUntil(id, OrderStatus.REFUNDED);
        cashier.cancel(id);

        assertEquals(1, gateway.refunds() - refunds, "refunds made");
        assertNotNull(refunded.getRefundReference());
        assertEquals(OrderStatus.REFUNDED, orders.get(id).getStatus(), "cancelled twice, refunded once");
        assertEquals(5, desk.stock(product));
        assertEquals(1, desk.audited("payment.refund", id));
    }

    /** The control: an order never charged is cancelled with no money to give back. */
    @Test
    void cancellingAnOrderNeverChargedRefundsNothingAndPutsItsUnitsBack() {
        Product product = desk.product(5);
        long id = desk.placed(product, 2).getId();
        int refunds = gateway.refunds();

        CustomerOrder cancelled = cashier.cancel(id);

        assertEquals(OrderStatus.CANCELLED, cancelled.getStatus());
        assertEquals(0, gateway.refunds() - refunds, "refunds made");
        assertEquals(5, desk.stock(product));
        assertFalse(orders.awaitingMoney().contains(id));
    }

    @Test
    void aChargeTheSlowProviderTookAfterTheCancelIsKeptRefundedAndRecorded() throws Exception {
        Product product = desk.product(1);
        long id = desk.placed(product, 1).getId();
        int charges = gateway.charges();
        int chargeRequests = gateway.chargeRequests();
        int refunds = gateway.refunds();
        gateway.switchTo(PaymentGateway.Mode.SLOW);
        try {
            assertEquals(OrderStatus.CHARGING, cashier.pay(id).getStatus(), "the slow provider's answer never came");
        } finally {
            gateway.switchTo(PaymentGateway.Mode.UP);
        }

        assertEquals(OrderStatus.REFUND_PENDING, cashier.cancel(id).getStatus(), "the charge may have gone through");
        CustomerOrder refunded = desk.settleUntil(id, OrderStatus.REFUNDED);

        assertEquals(1, gateway.charges() - charges, "orders charged");
        // Settling asked the provider about the unanswered charge; charging again would count on an idempotency
        // that a provider simulated on each node does not have across nodes.
        assertEquals(1, gateway.chargeRequests() - chargeRequests, "charges asked for: the slow one only");
        assertEquals(1, gateway.refunds() - refunds, "refunds made");
        assertNotNull(refunded.getPaymentReference());
        assertEquals(1, desk.audited("payment.charge.unanswered", id));
        assertEquals(1, desk.audited("payment.charge.late", id));
        assertEquals(1, desk.audited("payment.refund", id));
        assertEquals(0, desk.audited("payment.charge", id), "never recorded as paid");
        assertEquals(1, desk.stock(product));
    }

    /** The control: a charge the provider refused took nothing, so cancelling leaves nothing to refund. */
    @Test
    void aChargeTheProviderRefusedBeforeTheCancelLeavesNothingToRefund() throws Exception {
        Product product = desk.product(1);
        long id = desk.placed(product, 1).getId();
        int refunds = gateway.refunds();
        ChargeClaim claim = orders.claimCharge(id).orElseThrow();

        assertEquals(OrderStatus.REFUND_PENDING, cashier.cancel(id).getStatus(), "cancelled while its charge is under way");
        CustomerOrder cancelled = orders.chargeRefused(claim);
        assertEquals(1, desk.audited("payment.claim", id));
        assertEquals(1, desk.audited("payment.charge.refused", id));

        assertEquals(OrderStatus.CANCELLED, cancelled.getStatus());
        assertNull(cancelled.getPaymentReference());
        assertEquals(0, gateway.refunds() - refunds, "refunds made");
        assertFalse(orders.awaitingMoney().contains(id));
        assertEquals(1, desk.stock(product));
    }

    /**
     * A charge that got no answer and never reached the provider, on an order cancelled since: settling asks the
     * provider, which holds no charge, and cancels the order. It charges nothing, so there is nothing to refund.
     */
    @Test
    void aCancelledOrderWhoseUnansweredChargeTookNothingIsCancelledWithoutBeingCharged() throws Exception {
        Product product = desk.product(1);
        long id = desk.placed(product, 1).getId();
        int chargeRequests = gateway.chargeRequests();
        int lookUps = gateway.lookUps();
        int refunds = gateway.refunds();
        assertEquals(OrderStatus.CHARGING, orders.chargeUnanswered(orders.claimCharge(id).orElseThrow()).getStatus());
        assertEquals(OrderStatus.REFUND_PENDING, cashier.cancel(id).getStatus(), "its charge may have gone through");

        CustomerOrder cancelled = desk.settleUntil(id, OrderStatus.CANCELLED);

        assertNull(cancelled.getPaymentReference());
        assertEquals(0, gateway.chargeRequests() - chargeRequests, "charges asked for");
        assertTrue(gateway.lookUps() - lookUps >= 1, "the provider was asked whether it holds a charge");
        assertEquals(0, gateway.refunds() - refunds, "refunds made");
        assertEquals(1, desk.audited("payment.charge.none", id));
        assertEquals(0, desk.audited("payment.refund", id));
        assertFalse(orders.awaitingMoney().contains(id));
        assertEquals(1, desk.stock(product));
    }

    @Test
    void aRefundTheProviderRefusesWaitsAsRefundPendingAndIsMadeOnceItAnswers() throws Exception {
        Product product = desk.product(1);
        long id = desk.placed(product, 1).getId();
        desk.settleUntil(id, OrderStatus.PAID);
        int refunds = gateway.refunds();
        gateway.switchTo(PaymentGateway.Mode.DOWN);
        try {
            assertEquals(OrderStatus.REFUND_PENDING, cashier.cancel(id).getStatus());
        } finally {
            gateway.switchTo(PaymentGateway.Mode.UP);
        }
        assertEquals(0, gateway.refunds() - refunds, "refunds made while the provider was down");
        assertTrue(orders.awaitingMoney().contains(id));

        desk.settleUntil(id, OrderStatus.REFUNDED);

        assertEquals(1, gateway.refunds() - refunds, "refunds made");
        assertEquals(1, desk.audited("payment.refund.owed", id));
        assertEquals(1, desk.audited("payment.refund", id));
    }
}
