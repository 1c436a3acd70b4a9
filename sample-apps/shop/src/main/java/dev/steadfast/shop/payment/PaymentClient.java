package dev.steadfast.shop.payment;

import java.time.temporal.ChronoUnit;
import java.util.Optional;

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
 * caller keeps such an order as charged-or-not and later asks the provider whether it holds the charge
 * ({@link #lookUp}) instead of charging again.
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

    /**
     * Whether the provider holds a charge of this order, and its reference: how an order whose charge got no answer
     * learns what happened. Asking takes no money, so it is guarded like a charge but may be repeated freely.
     */
    @Timeout(value = 1, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, abortOn = {CircuitBreakerOpenException.class, TimeoutException.class})
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public Optional<String> lookUp(long orderId) {
        return gateway.find(orderId);
    }

    /**
     * A provider gives a charge's money back once however often it is asked (the simulation: once per node), so a
     * refund that timed out is simply tried again.
     */
    @Timeout(value = 1, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public String refund(String paymentReference) {
        return gateway.refund(paymentReference);
    }
}
