package dev.steadfast.shop.payment;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * A stand-in for the payment provider's API, on each node. An admin switches it between answering, failing and
 * hanging (/api/admin/payments/gateway) to see the shop degrade gracefully. Like real providers it is idempotent:
 * charging an order twice returns the first charge, refunding a charge twice returns the first refund.
 * <p>
 * SLOW behaves as a provider whose answers are lost in a slow network: it takes the money (or gives it back) at once
 * and answers only after {@value #SLOW_MILLIS} ms, so a caller that gave up earlier does not know whether it was
 * charged. DOWN refuses (503) and takes nothing. Every node simulates its own provider, so a refund accepts any
 * reference, also one another node issued.
 */
@ApplicationScoped
public class PaymentGateway {

    /** How the simulated provider behaves. */
    public enum Mode { UP, DOWN, SLOW }

    static final long SLOW_MILLIS = 5_000;

    private volatile Mode mode = Mode.UP;
    private final Map<Long, String> charges = new ConcurrentHashMap<>();
    private final Map<String, String> refunds = new ConcurrentHashMap<>();
    private final AtomicInteger calls = new AtomicInteger();

    /** Charges an order; the answer is the provider's payment reference. */
    public String charge(long orderId, long amountCents) {
        Mode now = called();
        String reference = charges.computeIfAbsent(orderId, id -> "PAY-" + id + "-" + amountCents);
        answer(now);
        return reference;
    }

    /** Gives a charge's money back; the answer is the provider's refund reference. */
    public String refund(String paymentReference) {
        Mode now = called();
        String reference = refunds.computeIfAbsent(paymentReference, paid -> "RFD-" + paid);
        answer(now);
        return reference;
    }

    public Mode mode() {
        return mode;
    }

    public void switchTo(Mode newMode) {
        this.mode = newMode;
    }

    /** How often the provider was called on this node: what the circuit breaker saves it from. */
    public int calls() {
        return calls.get();
    }

    /** How many orders this node's provider took money for (each once, however often it was asked). */
    public int charges() {
        return charges.size();
    }

    /** How many charges this node's provider gave back (each once, however often it was asked). */
    public int refunds() {
        return refunds.size();
    }

    /** Counts the call; a provider that is down refuses it before touching any money. */
    private Mode called() {
        calls.incrementAndGet();
        Mode now = mode;
        if (now == Mode.DOWN) {
            throw new PaymentUnavailableException("The payment provider answered 503.");
        }
        return now;
    }

    /** A slow provider has done the work already; only its answer is late, or never arrives when the caller gives up. */
    private static void answer(Mode now) {
        if (now != Mode.SLOW) {
            return;
        }
        try {
            Thread.sleep(SLOW_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
