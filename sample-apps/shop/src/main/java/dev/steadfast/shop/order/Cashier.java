package dev.steadfast.shop.order;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.steadfast.shop.payment.PaymentClient;
import dev.steadfast.shop.payment.PaymentUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * Takes and gives back the money of orders, so that none is lost between the shop and the provider. A charge is
 * made only under a claim committed first (one caller in the cluster charges an order); its answer is committed
 * after, in a transaction of its own: paid, refused (nothing taken), or unanswered (maybe taken). An order whose
 * charge may have been taken is never charged blindly again: the provider is asked first whether it holds a charge
 * of the order, and a cancelled one is only asked. A charge that lands on an order cancelled meanwhile is refunded.
 * Whatever cannot be done now stays in the order's status for {@link #settle} to finish.
 * <p>
 * No transaction is open here (each step of {@link Orders} is one of its own), so the provider is never called
 * inside one, and a step that loses a race with another change of the order (an OptimisticLockException) is
 * simply run again: it re-reads the order. A charge's reference is so always recorded, even when a cancel commits
 * in the same moment.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class Cashier {

    private static final Logger LOG = Logger.getLogger(Cashier.class.getName());

    /** How often a step that lost a race with another change of the same order is run: far more than races last. */
    static final int RECORD_ATTEMPTS = 20;

    @Inject
    Orders orders;

    @Inject
    PaymentClient payments;

    /** Charges an order that owes a charge, if this caller wins the claim; answers the order as it is afterwards. */
    public CustomerOrder pay(long id) {
        Optional<ChargeClaim> claimed = claim(id);
        return claimed.isEmpty() ? orders.get(id) : charge(claimed.get());
    }

    /** Cancels an order and, when it holds money whose reference is known, gives the money back now. */
    public CustomerOrder cancel(long id) {
        return refundIfOwed(recorded(id, "its cancel", () -> orders.cancel(id)));
    }

    /** Finishes what an order owes: its refund, or its charge (also one whose claim went stale); else nothing. */
    public CustomerOrder settle(long id) {
        CustomerOrder order = orders.get(id);
        return order.owesRefund() ? refundIfOwed(order) : pay(id);
    }

    /**
     * Settles every order that owes money. One that fails (its database row, its provider call) is logged and
     * counted, and the others are settled still; the next round tries it again.
     */
    public Settlement settleAll() {
        List<CustomerOrder> settled = new ArrayList<>();
        List<Long> unsettled = new ArrayList<>();
        for (long id : orders.awaitingMoney()) {
            try {
                settled.add(settle(id));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Order " + id + " could not be settled now; the next settling tries again", e);
                unsettled.add(id);
            }
        }
        return new Settlement(settled, unsettled.size(), unsettled);
    }

    /** Under the claim: asks the provider first when an earlier charge may have taken the money, then charges. */
    private CustomerOrder charge(ChargeClaim claim) {
        long id = claim.orderId();
        if (claim.answerUnknown() || claim.cancelled()) {
            Optional<String> found;
            try {
                found = payments.lookUp(id);
            } catch (RuntimeException e) {
                LOG.log(Level.INFO, "Order {0}: the provider could not say whether it holds its charge: {1}",
                        new Object[] {id, e.toString()});
                return recorded(id, "its claim given back", () -> orders.claimReleased(claim));
            }
            if (found.isPresent()) {
                return refundIfOwed(recorded(id, "its charge " + found.get(), () -> orders.charged(claim, found.get())));
            }
            CustomerOrder order = recorded(id, "that it was not charged", () -> orders.notCharged(claim));
            if (claim.cancelled() || order.getStatus() != OrderStatus.CHARGING || !order.holdsClaim(claim.token())) {
                return order;
            }
        }
        String reference;
        try {
            reference = payments.charge(id, claim.amountCents());
        } catch (PaymentUnavailableException | CircuitBreakerOpenException e) {
            LOG.log(Level.INFO, "Order {0} waits for its payment: {1}", new Object[] {id, e.toString()});
            return recorded(id, "its refused charge", () -> orders.chargeRefused(claim));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Order {0}: its charge got no answer and is asked about later: {1}", new Object[] {id, e.toString()});
            return recorded(id, "its unanswered charge", () -> orders.chargeUnanswered(claim));
        }
        return refundIfOwed(recorded(id, "its charge " + reference, () -> orders.charged(claim, reference)));
    }

    /** Losing the claim, by its check or by the version, means another caller charges this order: this one must not. */
    private Optional<ChargeClaim> claim(long id) {
        try {
            return orders.claimCharge(id);
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
        return recorded(order.getId(), "its refund " + refund, () -> orders.refunded(order.getId(), refund));
    }

    /**
     * Runs one step of {@link Orders}, again while it loses a race with another change of the order: each run
     * re-reads the order, so running it again is safe, and what the provider did is recorded, never dropped. When
     * the races never end, the order is answered as it is: an unrecorded charge keeps its claim, and once the claim
     * is stale, settling asks the provider and finds the charge.
     */
    private CustomerOrder recorded(long id, String what, Supplier<CustomerOrder> step) {
        for (int attempt = 1;; attempt++) {
            try {
                return step.get();
            } catch (RuntimeException e) {
                if (!lostRace(e)) {
                    LOG.log(Level.SEVERE, "Order " + id + ": " + what + " could not be recorded", e);
                    throw e;
                }
                if (attempt == RECORD_ATTEMPTS) {
                    LOG.log(Level.SEVERE, "Order {0}: {1} lost {2} races and is not recorded yet; settling finishes it",
                            new Object[] {id, what, attempt});
                    return orders.get(id);
                }
                LOG.log(Level.FINE, "Order {0}: {1} lost a race and is recorded again", new Object[] {id, what});
                pause(attempt);
            }
        }
    }

    private static boolean lostRace(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 10L + 10L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
