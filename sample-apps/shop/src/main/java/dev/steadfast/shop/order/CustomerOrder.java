package dev.steadfast.shop.order;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.steadfast.runtime.audit.AuditedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An order and its money. Its Idempotency-Key is unique: one checkout, however often retried, makes one order.
 * The transitions of {@link OrderStatus} live here; {@link Orders} runs each in a transaction of its own, and the
 * version makes two callers that change one order at once (on any node) end with one winner.
 */
@Entity
@Table(name = "shop_order")
public class CustomerOrder implements AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String idempotencyKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrderStatus status;

    @Column(nullable = false)
    private long totalCents;

    @Column(length = 64)
    private String paymentReference;

    @Column(length = 64)
    private String refundReference;

    /** When the caller charging this order now took its claim, by the database's clock; null while nobody does. */
    private Instant chargeClaimedAt;

    /**
     * The random token of the caller that holds the claim, null while nobody does: finishing a charge gives the
     * claim back only for the caller that shows it, never for one whose claim went stale and was taken over.
     */
    @Column(length = 36)
    private String chargeClaimToken;

    /**
     * A charge was sent and never answered (it timed out, or its caller died): the provider may hold this order's
     * money until a charge answers. A default, so that the column can be added to a table that has orders already.
     */
    @Column(nullable = false, columnDefinition = "boolean default false not null")
    private boolean chargeUnanswered;

    /** SHA-256 of the cart that was checked out: a replay of the Idempotency-Key must carry the same cart. */
    @Column(length = 64)
    private String cartDigest;

    /** SHA-256 of the session that checked out: only that session may replay the Idempotency-Key. */
    @Column(length = 64)
    private String checkoutSession;

    @Column(nullable = false)
    private Instant placedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "shop_order_line", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "position")
    private List<OrderLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected CustomerOrder() {
    }

    CustomerOrder(String idempotencyKey, String checkoutSession, CartDigest cart, List<OrderLine> lines, Instant placedAt) {
        this.idempotencyKey = idempotencyKey;
        this.checkoutSession = checkoutSession;
        this.cartDigest = cart.hex();
        this.lines = new ArrayList<>(lines);
        this.totalCents = lines.stream().mapToLong(l -> l.getUnitPriceCents() * l.getQuantity()).sum();
        this.status = OrderStatus.PAYMENT_PENDING;
        this.placedAt = placedAt;
    }

    /** Whether this order was checked out by the session with this digest (the only one that may replay it). */
    boolean placedBy(String sessionDigest) {
        return sessionDigest.equals(checkoutSession);
    }

    /** Whether this order was checked out from that cart. */
    boolean placedFrom(CartDigest cart) {
        return cart.hex().equals(cartDigest);
    }

    /**
     * Takes the claim to charge this order, when it owes a charge and nobody holds the claim: nobody ever did, the
     * last caller gave up, or its claim is older than {@code lease} (its node died). Taking over a stale claim leaves
     * the order unanswered: the dead caller's charge may have gone through.
     *
     * @param token a random token of the caller's own: only the caller that shows it may give the claim back
     * @param now   the database's time (every node reads one clock), which the claim keeps
     * @return whether the claim was taken; the caller that did not take it must not charge
     */
    boolean claimCharge(String token, Instant now, Duration lease) {
        boolean owesCharge = status == OrderStatus.PAYMENT_PENDING || status == OrderStatus.CHARGING
                || (status == OrderStatus.REFUND_PENDING && paymentReference == null);
        if (!owesCharge || (chargeClaimedAt != null && chargeClaimedAt.isAfter(now.minus(lease)))) {
            return false;
        }
        chargeUnanswered |= chargeClaimedAt != null;
        chargeClaimedAt = now;
        chargeClaimToken = token;
        if (status == OrderStatus.PAYMENT_PENDING) {
            status = OrderStatus.CHARGING;
        }
        return true;
    }

    /** Whether the caller with this token holds the claim to charge this order now. */
    boolean holdsClaim(String token) {
        return chargeClaimToken != null && chargeClaimToken.equals(token);
    }

    /** Whether an earlier charge of this order got no answer: the provider may hold its money. */
    boolean chargeUnanswered() {
        return chargeUnanswered;
    }

    /** Whether this order was cancelled while a charge of it was under way or unanswered, its money unknown. */
    boolean cancelledWhileCharging() {
        return status == OrderStatus.REFUND_PENDING && paymentReference == null;
    }

    /** Moves the claim's time back, as if its caller had taken it that long ago: how tests kill a caller's node. */
    void ageClaim(Duration age) {
        if (chargeClaimedAt != null) {
            chargeClaimedAt = chargeClaimedAt.minus(age);
        }
    }

    /**
     * The provider took the money under this reference. An order still waiting for it is paid; an order cancelled
     * meanwhile keeps the reference and owes the money back (a late charge); any other already knows the charge.
     * The money is recorded whoever reports it (a caller whose claim went stale too), but only the claim's holder
     * gives the claim back: a late caller must not free the claim of the caller that took it over.
     *
     * @return whether this was a late charge
     */
    boolean charged(String token, String reference) {
        releaseClaim(token);
        chargeUnanswered = false;
        if (status == OrderStatus.PAYMENT_PENDING || status == OrderStatus.CHARGING) {
            status = OrderStatus.PAID;
            paymentReference = reference;
            return false;
        }
        if (paymentReference == null) {
            status = OrderStatus.REFUND_PENDING;
            paymentReference = reference;
            return true;
        }
        return false;
    }

    /**
     * The provider refused the charge and took nothing. The claim's holder gives it back; the order waits for its
     * payment again, or, cancelled meanwhile, is simply cancelled, unless an earlier charge was never answered. A
     * caller that lost its claim changes nothing: the order is the new holder's.
     *
     * @return whether the caller still held the claim
     */
    boolean chargeRefused(String token) {
        if (!releaseClaim(token)) {
            return false;
        }
        if (chargeUnanswered) {
            return true;
        }
        if (status == OrderStatus.CHARGING) {
            status = OrderStatus.PAYMENT_PENDING;
        } else if (status == OrderStatus.REFUND_PENDING && paymentReference == null) {
            status = OrderStatus.CANCELLED;
        }
        return true;
    }

    /**
     * The charge got no answer: the provider may hold the money, which whoever settles next asks it about. The
     * claim's holder gives the claim back; a caller that lost it leaves it to the new holder.
     *
     * @return whether the caller still held the claim
     */
    boolean chargeUnanswered(String token) {
        if (paymentReference == null) {
            chargeUnanswered = true;
        }
        return releaseClaim(token);
    }

    /**
     * The provider holds no charge of this order (its look-up said so): an unanswered charge took nothing. A
     * cancelled order is then simply cancelled, and its claim given back; another stays claimed, to be charged now.
     *
     * @return whether the caller still held the claim
     */
    boolean notCharged(String token) {
        if (!holdsClaim(token)) {
            return false;
        }
        chargeUnanswered = false;
        if (cancelledWhileCharging()) {
            status = OrderStatus.CANCELLED;
            releaseClaim(token);
        }
        return true;
    }

    /**
     * Gives the claim back, if this token holds it; the order stays as it is.
     *
     * @return whether the token held the claim
     */
    boolean releaseClaim(String token) {
        if (!holdsClaim(token)) {
            return false;
        }
        chargeClaimedAt = null;
        chargeClaimToken = null;
        return true;
    }

    /**
     * Cancels the order. Nothing charged: CANCELLED. Paid, or a charge under way or unanswered: REFUND_PENDING, the
     * money owed back. Cancelling again changes nothing.
     *
     * @return whether it was cancelled now, so that its units go back to stock once
     */
    boolean cancel() {
        switch (status) {
            case PAYMENT_PENDING -> status = OrderStatus.CANCELLED;
            case CHARGING, PAID -> status = OrderStatus.REFUND_PENDING;
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Whether a refund can be asked for now: money is owed back and the charge's reference is known. */
    boolean owesRefund() {
        return status == OrderStatus.REFUND_PENDING && paymentReference != null;
    }

    /**
     * The provider gave the money back under this reference.
     *
     * @return whether the order owed it, so that the refund is recorded once
     */
    boolean refunded(String reference) {
        if (!owesRefund()) {
            return false;
        }
        status = OrderStatus.REFUNDED;
        refundReference = reference;
        return true;
    }

    public Long getId() {
        return id;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public long getTotalCents() {
        return totalCents;
    }

    public String getPaymentReference() {
        return paymentReference;
    }

    public String getRefundReference() {
        return refundReference;
    }

    public Instant getPlacedAt() {
        return placedAt;
    }

    public List<OrderLine> getLines() {
        return lines;
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }
}
