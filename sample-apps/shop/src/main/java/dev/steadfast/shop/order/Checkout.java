package dev.steadfast.shop.order;

import java.time.temporal.ChronoUnit;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Placing an order, retried while other checkouts win the race for the same products. The order is committed
 * before the {@link Cashier} tries the payment, so a payment provider that is down, slow or cut off by the circuit
 * breaker leaves a waiting order, never a lost one.
 */
@ApplicationScoped
public class Checkout {

    @Inject
    Orders orders;

    /**
     * Each attempt is a transaction of its own (Orders is @Transactional and this bean is not). A lost race
     * (OptimisticLockException, or the same Idempotency-Key stored by a concurrent retry) is retried with a little
     * random delay; a product that ran out is a 409 at once. The answer says whether this checkout created the order
     * or found it made by a simultaneous one with the same key.
     */
    @Retry(retryOn = {PersistenceException.class, TransactionalException.class}, maxRetries = 40, delay = 10,
            jitter = 40, maxDuration = 60, durationUnit = ChronoUnit.SECONDS)
    public Placed place(String idempotencyKey, String sessionDigest, Map<Long, Integer> quantities) {
        return orders.place(idempotencyKey, sessionDigest, quantities);
    }
}
