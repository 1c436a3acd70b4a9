package dev.steadfast.shop.order;

import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.steadfast.shop.payment.PaymentClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * A checkout from start to end: the order is placed (retried while other checkouts win the race for the same
 * products), then paid. The order is committed before the payment is tried, so a payment provider that is down,
 * slow or cut off by the circuit breaker leaves a PAYMENT_PENDING order, never a lost one.
 */
@ApplicationScoped
public class Checkout {

    private static final Logger LOG = Logger.getLogger(Checkout.class.getName());

    @Inject
    Orders orders;

    @Inject
    PaymentClient payments;

    /**
     * Each attempt is a transaction of its own (Orders is @Transactional and this bean is not). A lost race
     * (OptimisticLockException, or the same Idempotency-Key stored by a concurrent retry) is retried with a little
     * random delay; a product that ran out is a 409 at once.
     */
    @Retry(retryOn = {PersistenceException.class, TransactionalException.class}, maxRetries = 40, delay = 10,
            jitter = 40, maxDuration = 60, durationUnit = ChronoUnit.SECONDS)
    public CustomerOrder place(String idempotencyKey, String sessionDigest, Map<Long, Integer> quantities) {
        return orders.place(idempotencyKey, sessionDigest, quantities);
    }

    /** Tries to pay a pending order; answers the order as it is afterwards. */
    public CustomerOrder pay(CustomerOrder order) {
        if (order.getStatus() != OrderStatus.PAYMENT_PENDING) {
            return order;
        }
        try {
            return orders.paid(order.getId(), payments.charge(order.getId(), order.getTotalCents()));
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "Order {0} waits for its payment: {1}", new Object[] {order.getId(), e.toString()});
            return order;
        }
    }
}
