package dev.steadfast.shop.payment;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * A stand-in for the payment provider's API, on each node. An admin switches it between answering, failing and
 * hanging (/api/admin/gateway) to see the shop degrade gracefully. Like real providers it is idempotent per
 * order: charging an order twice returns the first charge.
 */
@ApplicationScoped
public class PaymentGateway {

    /** How the simulated provider behaves. */
    public enum Mode { UP, DOWN, SLOW }

    static final long SLOW_MILLIS = 5_000;

    private volatile Mode mode = Mode.UP;
    private final Map<Long, String> charges = new ConcurrentHashMap<>();
    private final AtomicInteger calls = new AtomicInteger();

    /** Charges an order; the answer is the provider's payment reference. */
    public String charge(long orderId, long amountCents) {
        calls.incrementAndGet();
        switch (mode) {
            case DOWN -> throw new PaymentUnavailableException("The payment provider answered 503.");
            case SLOW -> pause();
            case UP -> { }
        }
        return charges.computeIfAbsent(orderId, id -> "PAY-" + id + "-" + amountCents);
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

    private static void pause() {
        try {
            Thread.sleep(SLOW_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PaymentUnavailableException("Interrupted while the payment provider hung.");
        }
    }
}
