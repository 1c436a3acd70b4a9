package dev.steadfast.shop.order;

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

/** An order. Its Idempotency-Key is unique: one checkout, however often retried, makes one order. */
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

    CustomerOrder(String idempotencyKey, String checkoutSession, List<OrderLine> lines, Instant placedAt) {
        this.idempotencyKey = idempotencyKey;
        this.checkoutSession = checkoutSession;
        this.lines = new ArrayList<>(lines);
        this.totalCents = lines.stream().mapToLong(l -> l.getUnitPriceCents() * l.getQuantity()).sum();
        this.status = OrderStatus.PAYMENT_PENDING;
        this.placedAt = placedAt;
    }

    /** Whether this order was checked out by the session with this digest (the only one that may replay it). */
    boolean placedBy(String sessionDigest) {
        return sessionDigest.equals(checkoutSession);
    }

    void paid(String reference) {
        this.status = OrderStatus.PAID;
        this.paymentReference = reference;
    }

    void cancelled() {
        this.status = OrderStatus.CANCELLED;
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
