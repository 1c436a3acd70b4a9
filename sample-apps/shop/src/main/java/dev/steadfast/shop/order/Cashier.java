package dev.steadfast.shop.order;

import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.steadfast.shop.payment.PaymentClient;
import dev.steadfast.shop.payment.PaymentUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * Takes and gives back the money of orders, so that none is lost between the shop and the provider. A charge is
 * made only under a claim committed first (one caller in the cluster charges an order); its answer is committed
 * after, in a transaction of its own: paid, refused (nothing taken), or unanswered (maybe taken: asked again later,
 * which the provider's idempotency makes safe). A charge that lands on an order cancelled meanwhile is refunded.
 * Whatever cannot be done now stays in the order's status for {@link #settle} to finish.
 */
@ApplicationScoped
public class Cashier {

    private static final Logger LOG = Logger.getLogger(Cashier.class.getName());

    @Inject
    Orders orders;

    @Inject
    PaymentClient payments;

    /** Charges an order that owes a charge, if this caller wins the claim; answers the order as it is afterwards. */
    public CustomerOrder pay(long id) {
        Optional<CustomerOrder> claimed = claim(id);
        if (claimed.isEmpty()) {
            return orders.get(id);
        }
        String reference;
        try {
            reference = payments.charge(id, claimed.get().getTotalCents());
        } catch (PaymentUnavailableException | CircuitBreakerOpenException e) {
            LOG.log(Level.INFO, "Order {0} waits for its payment: {1}", new Object[] {id, e.toString()});
            return orders.chargeRefused(id);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Order {0}: its charge got no answer and is asked again later: {1}", new Object[] {id, e.toString()});
            return orders.chargeUnanswered(id);
        }
        return refundIfOwed(orders.charged(id, reference));
    }

    /** Cancels an order and, when it holds money whose reference is known, gives the money back now. */
    public CustomerOrder cancel(long id) {
        return refundIfOwed(orders.cancel(id));
    }

    /** Finishes what an order owes: its refund, or its charge (also one whose claim went stale); else nothing. */
    public CustomerOrder settle(long id) {
        CustomerOrder order = orders.get(id);
        return order.owesRefund() ? refundIfOwed(order) : pay(id);
    }

    /** Losing the claim, by its check or by the version, means another caller charges this order: this one must not. */
    private Optional<CustomerOrder> claim(long id) {
        try {
            return orders.claimCharge(id, Instant.now());
        } catch (PersistenceException | TransactionalException e) {
            LOG.log(Level.FINE, "Order {0} was claimed by another caller: {1}", new Object[] {id, e.toString()});
            return Optional.empty();
        }
    }

    /** A refund that fails leaves the order REFUND_PENDING; the provider gives nothing twice, so asking again is safe. */
    private CustomerOrder refundIfOwed(CustomerOrder order) {
        if (!order.owesRefund()) {
            return order;
        }
        String refund;
        try {
            refund = payments.refund(order.getPaymentReference());
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "Order {0} waits for its refund: {1}", new Object[] {order.getId(), e.toString()});
            return order;
        }
        return orders.refunded(order.getId(), refund);
    }
}
