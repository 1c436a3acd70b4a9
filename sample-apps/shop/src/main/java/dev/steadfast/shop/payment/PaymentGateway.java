package dev.steadfast.shop.payment;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * A stand-in for the payment provider's API: a simulation, one per node. An admin switches it between answering,
 * failing and hanging (/api/admin/payments/gateway) to see the shop degrade gracefully.
 * <p>
 * A real provider is one service for the whole cluster, which knows every charge it took, answers whether it holds
 * an order's charge ({@link #find}), and gives nothing twice. This simulation keeps its charges in its node's
 * memory: charging an order twice on one node returns the first charge, but another node knows nothing of it and
 * would charge again, and a refund accepts any reference, also one another node issued. So the shop must not
 * count on the provider's idempotency to make a second charge harmless: it charges an order once under its claim,
 * and asks ({@link #find}) rather than charging again when an earlier charge got no answer. The tests count the
 * charges the shop asked for ({@link #chargeRequests}), not only the distinct charges this node took.
 * <p>
 * SLOW behaves as a provider whose answers are lost in a slow network: it takes the money (or gives it back) at once
 * and answers only after {@value #SLOW_MILLIS} ms, so a caller that gave up earlier does not know whether it was
 * charged. DOWN refuses (503) and takes nothing.
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
    private final AtomicInteger chargeRequests = new AtomicInteger();
    private final AtomicInteger lookUps = new AtomicInteger();

    /** Charges an order; the answer is the provider's payment reference. */
    public String charge(long orderId, long amountCents) {
        Mode now = called();
        chargeRequests.incrementAndGet();
        String reference = charges.computeIfAbsent(orderId, id -> "PAY-" + id + "-" + amountCents);
        answer(now);
        return reference;
    }

    /** The reference of the charge this provider holds for an order, if it took one: asking takes no money. */
    public Optional<String> find(long orderId) {
        Mode now = called();
        lookUps.incrementAndGet();
        Optional<String> reference = Optional.ofNullable(charges.get(orderId));
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

    /** How many charges this node's provider was asked for (each counted, also one it had taken already). */
    public int chargeRequests() {
        return chargeRequests.get();
    }

    /** How often this node's provider was asked whether it holds an order's charge. */
    public int lookUps() {
        return lookUps.get();
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
