package dev.steadfast.shop.payment;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * Charges through the gateway, guarded. A checkout waits at most about 2.5 s for payment (two attempts of 1 s and
 * a pause); once half of the last 4 attempts failed the breaker opens for 10 s and checkouts stop waiting on the
 * provider at all. Failures reach the caller, which keeps the order as PAYMENT_PENDING.
 */
@ApplicationScoped
public class PaymentClient {

    @Inject
    PaymentGateway gateway;

    @Timeout(value = 1, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public String charge(long orderId, long amountCents) {
        return gateway.charge(orderId, amountCents);
    }
}
