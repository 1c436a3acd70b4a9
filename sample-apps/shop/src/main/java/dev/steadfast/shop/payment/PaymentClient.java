package dev.steadfast.shop.payment;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * Charges and refunds through the gateway, guarded. Each attempt is cut off after 1 s; once half of the last 4
 * attempts failed the breaker opens for 10 s and callers stop waiting on the provider at all. Failures reach the
 * caller, which keeps the order waiting for its payment or its refund.
 * <p>
 * The two failures mean different things to the caller. {@link PaymentUnavailableException} (the provider said 503)
 * and {@link CircuitBreakerOpenException} (not called) say that nothing happened. {@link TimeoutException} says
 * nothing: the provider may have taken the money. So a refused charge is tried once more after 200 ms, but a charge
 * that timed out is not: a refusal on the second attempt would hide that the first one may have charged. The
 * caller keeps such an order as charged-or-not and asks again later, which the provider's idempotency makes safe.
 */
@ApplicationScoped
public class PaymentClient {

    @Inject
    PaymentGateway gateway;

    @Timeout(value = 1, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, abortOn = {CircuitBreakerOpenException.class, TimeoutException.class})
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public String charge(long orderId, long amountCents) {
        return gateway.charge(orderId, amountCents);
    }

    /** A refund is idempotent and gives nothing twice, so a refund that timed out is simply tried again. */
    @Timeout(value = 1, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public String refund(String paymentReference) {
        return gateway.refund(paymentReference);
    }
}
