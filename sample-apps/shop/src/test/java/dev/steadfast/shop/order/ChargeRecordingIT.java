package dev.steadfast.shop.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
 * In the server, on a deployment of this class's own whose order transactions can be made to race
 * ({@link RacingOrders}): what the provider did is recorded even when the recording loses a race, and one order
 * that cannot be settled does not stop the others. Counted at the provider and in the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
class ChargeRecordingIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClasses(ChargeRecordingIT.class, OrderDesk.class, RacingOrders.class);
    }

    @Inject
    Orders orders;

    @Inject
    RacingOrders racing;

    @Inject
    Cashier cashier;

    @Inject
    PaymentGateway gateway;

    @Inject
    OrderDesk desk;

    /**
     * The provider took the money, and while the charge was being recorded a cancel committed: the recording lost
     * the race on the order's version. It is recorded again, as the late charge it now is, and refunded, and the
     * caller gets the order rather than an error.
     */
    @Test
    void aChargeWhoseRecordingLosesARaceWithACancelIsKeptAndRefunded() throws Exception {
        Product product = desk.product(1);
        long id = desk.placed(product, 1).getId();
        int chargeRequests = gateway.chargeRequests();
        int refunds = gateway.refunds();
        int races = racing.races();
        racing.cancelWhileRecordingTheCharge(id);

        CustomerOrder order = cashier.pay(id);

        assertEquals(1, racing.races() - races, "cancels committed while the charge was recorded");
        assertEquals(OrderStatus.REFUNDED, order.getStatus());
        assertNotNull(order.getPaymentReference(), "the charge's reference is kept");
        assertEquals(1, gateway.chargeRequests() - chargeRequests, "charges asked for");
        assertEquals(1, gateway.refunds() - refunds, "refunds made");
        assertEquals(1, desk.audited("payment.charge.late", id));
        assertEquals(0, desk.audited("payment.charge", id), "never recorded as paid");
        assertEquals(1, desk.audited("payment.refund", id));
        assertEquals(1, desk.stock(product));
        assertFalse(orders.awaitingMoney().contains(id));
    }

    /** One order that cannot be settled is counted and logged; the others are settled still. */
    @Test
    void settlingGoesOnPastAnOrderItCannotSettleAndCountsIt() {
        Product product = desk.product(2);
        long broken = desk.placed(product, 1).getId();
        long fine = desk.placed(product, 1).getId();
        racing.unreadable(broken, true);
        Settlement settlement;
        try {
            settlement = cashier.settleAll();
        } finally {
            racing.unreadable(broken, false);
        }

        assertTrue(settlement.unsettledOrders().contains(broken), settlement.unsettledOrders().toString());
        assertEquals(settlement.unsettledOrders().size(), settlement.unsettled());
        assertTrue(settlement.orders().stream().anyMatch(o -> o.getId() == fine && o.getStatus() == OrderStatus.PAID),
                "the order after the broken one was settled");
        // The control: readable again, the broken order is settled too.
        assertEquals(OrderStatus.PAID, cashier.settle(broken).getStatus());
    }
}
