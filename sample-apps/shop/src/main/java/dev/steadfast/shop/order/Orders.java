package dev.steadfast.shop.order;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.steadfast.runtime.audit.AuditId;
import dev.steadfast.runtime.audit.AuditOutcome;
import dev.steadfast.runtime.audit.AuditTrail;
import dev.steadfast.runtime.audit.Audited;
import dev.steadfast.runtime.problem.ConflictProblem;
import dev.steadfast.runtime.problem.NotFoundProblem;
import dev.steadfast.runtime.problem.UnprocessableProblem;
import dev.steadfast.shop.catalog.Product;
import dev.steadfast.shop.catalog.ProductRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The order's transactions, each short and on its own: placing (stock and order and audit record together), the
 * claim to charge, the charge's answer, cancelling, the refund. No transaction is open while the payment provider
 * is called, so a slow provider holds no database locks, and every money step is committed with its audit record:
 * {@code order.place}, {@code payment.claim}, {@code payment.charge} (or {@code payment.charge.late} on an order
 * cancelled meanwhile), {@code payment.charge.refused}, {@code payment.charge.unanswered},
 * {@code payment.charge.none} (the provider holds no charge of the order), {@code order.cancel},
 * {@code payment.refund.owed}, {@code payment.refund}. Each step re-reads the order and flushes before it returns,
 * so a concurrent change of the order fails it with an OptimisticLockException that its caller may simply retry.
 */
@ApplicationScoped
@Transactional
public class Orders {

    private static final Logger LOG = Logger.getLogger(Orders.class.getName());

    /**
     * How long a claim to charge shuts other callers out: far beyond the longest a charge takes through PaymentClient
     * (about 1.2 s), so that only a caller whose node died loses its claim to another.
     */
    static final Duration CHARGE_CLAIM_LEASE = Duration.ofSeconds(30);

    @Inject
    OrderRepository orders;

    @Inject
    ProductRepository products;

    @Inject
    AuditTrail audit;

    public Optional<CustomerOrder> byIdempotencyKey(String key) {
        return orders.byIdempotencyKey(key);
    }

    public CustomerOrder get(long id) {
        return orders.find(id).orElseThrow(() -> new NotFoundProblem("There is no order " + id + "."));
    }

    /** The orders settling has work for: a charge or a refund owed, and no live caller on it (by the database's clock). */
    public List<Long> awaitingMoney() {
        return orders.awaitingMoney(orders.now().minus(CHARGE_CLAIM_LEASE));
    }

    /**
     * Turns quantities into an order, or returns the order this key already made. The products' new stock and the
     * order are flushed here, so a concurrent checkout that changed a product first shows up now, as an
     * OptimisticLockException, and the whole attempt rolls back to be retried; a simultaneous checkout with the same
     * key that committed first is found by the retry, which answers its order as a replay.
     */
    Placed place(String idempotencyKey, String sessionDigest, Map<Long, Integer> quantities) {
        Optional<CustomerOrder> earlier = orders.byIdempotencyKey(idempotencyKey);
        if (earlier.isPresent()) {
            return new Placed(replay(earlier.get(), sessionDigest, quantities), false);
        }
        List<OrderLine> lines = new ArrayList<>();
        quantities.forEach((productId, quantity) -> {
            Product product = products.find(productId)
                    .orElseThrow(() -> new NotFoundProblem("Product " + productId + " is no longer sold."));
            if (!product.take(quantity)) {
                throw new ConflictProblem("Only " + product.getStock() + " of " + product.getName() + " are left.");
            }
            lines.add(new OrderLine(productId, product.getSku(), product.getName(), product.getPriceCents(), quantity));
        });
        CustomerOrder order = orders.add(new CustomerOrder(idempotencyKey, sessionDigest, CartDigest.of(quantities), lines,
                Instant.now()));
        audit.record("order.place", "Order", order.auditId(), AuditOutcome.SUCCESS, "total_cents=" + order.getTotalCents());
        return new Placed(order, true);
    }

    /**
     * The order an Idempotency-Key already made, for the session that made it and the cart it was made from. Another
     * session that sends the same key learns nothing of that order: the key acts as no bearer token. An empty cart
     * is a retry after the first checkout emptied it; another cart is a new checkout under an old key, refused (422)
     * rather than answered with an order for other goods.
     */
    static CustomerOrder replay(CustomerOrder earlier, String sessionDigest, Map<Long, Integer> cart) {
        if (!earlier.placedBy(sessionDigest)) {
            throw new ConflictProblem("This Idempotency-Key was used by another checkout; send a new one.");
        }
        if (!cart.isEmpty() && !earlier.placedFrom(CartDigest.of(cart))) {
            throw new UnprocessableProblem("This Idempotency-Key checked out another cart: a retry must send the cart"
                    + " it retries, a new checkout a new key.");
        }
        return earlier;
    }

    /**
     * The claim to charge an order, committed before the provider is called, with a random token of the caller's
     * own and the database's time. Two callers that claim at once (on any node) both change the order's version: one
     * commits, the other fails here with an OptimisticLockException.
     *
     * @return the claim, which protects its caller for {@link #CHARGE_CLAIM_LEASE}; empty when the order owes no
     *         charge or someone else holds the claim
     */
    Optional<ChargeClaim> claimCharge(long id) {
        CustomerOrder order = get(id);
        boolean takeover = order.chargeUnanswered();
        String token = UUID.randomUUID().toString();
        if (!order.claimCharge(token, orders.now(), CHARGE_CLAIM_LEASE)) {
            return Optional.empty();
        }
        orders.flush();
        audit.record("payment.claim", "Order", order.auditId(), AuditOutcome.SUCCESS, "amount_cents="
                + order.getTotalCents() + (order.chargeUnanswered() ? (takeover ? " an earlier charge unanswered"
                        : " a stale claim taken over") : ""));
        return Optional.of(new ChargeClaim(id, token, order.getTotalCents(), order.chargeUnanswered(),
                order.cancelledWhileCharging()));
    }

    /** Makes an order's claim look that much older, as if its caller's node had died: for tests, which cannot wait. */
    void ageClaim(long id, Duration age) {
        get(id).ageClaim(age);
        orders.flush();
    }

    /**
     * The provider took the money: the order is paid, or, cancelled meanwhile, owes it back (a late charge). Recorded
     * whoever reports it; the claim is given back only to its holder.
     */
    CustomerOrder charged(ChargeClaim claim, String reference) {
        CustomerOrder order = get(claim.orderId());
        OrderStatus before = order.getStatus();
        String known = order.getPaymentReference();
        boolean late = order.charged(claim.token(), reference);
        orders.flush();
        if (late) {
            audit.record("payment.charge.late", "Order", order.auditId(), AuditOutcome.SUCCESS,
                    "reference=" + reference + " amount_cents=" + order.getTotalCents() + " cancelled meanwhile, refund owed");
        } else if (order.getStatus() != before) {
            audit.record("payment.charge", "Order", order.auditId(), AuditOutcome.SUCCESS,
                    "reference=" + reference + " amount_cents=" + order.getTotalCents());
        } else if (known != null && !known.equals(reference)) {
            LOG.log(Level.SEVERE, "Order {0} was charged twice: {1} and {2}; the second must be refunded by hand",
                    new Object[] {order.getId(), known, reference});
        }
        return order;
    }

    /** The provider refused the charge and took nothing. */
    CustomerOrder chargeRefused(ChargeClaim claim) {
        CustomerOrder order = get(claim.orderId());
        return recordedUnpaid("payment.charge.refused", order, order.chargeRefused(claim.token()));
    }

    /** The charge got no answer: the money may have been taken, which the next settling asks the provider about. */
    CustomerOrder chargeUnanswered(ChargeClaim claim) {
        CustomerOrder order = get(claim.orderId());
        return recordedUnpaid("payment.charge.unanswered", order, order.chargeUnanswered(claim.token()));
    }

    /** Writes a charge attempt that left the order unpaid, and its audit record (saying when the claim was lost). */
    private CustomerOrder recordedUnpaid(String action, CustomerOrder order, boolean claimHeld) {
        orders.flush();
        audit.record(action, "Order", order.auditId(), AuditOutcome.SUCCESS,
                "amount_cents=" + order.getTotalCents() + (claimHeld ? "" : " claim lost to another caller"));
        return order;
    }

    /** The provider holds no charge of the order: an unanswered charge took nothing; a cancelled order is cancelled. */
    CustomerOrder notCharged(ChargeClaim claim) {
        CustomerOrder order = get(claim.orderId());
        if (order.notCharged(claim.token())) {
            orders.flush();
            audit.record("payment.charge.none", "Order", order.auditId(), AuditOutcome.SUCCESS,
                    "the provider holds no charge of the order");
        }
        return order;
    }

    /** Gives the claim back unused (the provider could not be asked); the order stays as it is. */
    CustomerOrder claimReleased(ChargeClaim claim) {
        CustomerOrder order = get(claim.orderId());
        order.releaseClaim(claim.token());
        orders.flush();
        return order;
    }

    /**
     * Cancels an order and puts its units back; an order that holds money, or may, owes it back from now on. A refund
     * owed for a known charge is recorded now; one for a charge not answered yet is recorded as a late charge, if
     * the charge went through. Cancelling twice changes nothing the second time.
     */
    @Audited(action = "order.cancel", entityType = "Order")
    public CustomerOrder cancel(@AuditId long id) {
        CustomerOrder order = get(id);
        if (order.cancel()) {
            order.getLines().forEach(line -> products.find(line.getProductId()).ifPresent(p -> p.putBack(line.getQuantity())));
            products.flush();
            orders.flush();
            if (order.owesRefund()) {
                audit.record("payment.refund.owed", "Order", order.auditId(), AuditOutcome.SUCCESS,
                        "reference=" + order.getPaymentReference() + " amount_cents=" + order.getTotalCents());
            }
        }
        return order;
    }

    /** The provider gave the money back. */
    CustomerOrder refunded(long id, String refundReference) {
        CustomerOrder order = get(id);
        if (order.refunded(refundReference)) {
            orders.flush();
            audit.record("payment.refund", "Order", order.auditId(), AuditOutcome.SUCCESS, "reference="
                    + order.getPaymentReference() + " refund=" + refundReference + " amount_cents=" + order.getTotalCents());
        }
        return order;
    }
}
