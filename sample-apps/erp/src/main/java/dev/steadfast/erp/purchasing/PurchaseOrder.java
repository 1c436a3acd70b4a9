package dev.steadfast.erp.purchasing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import dev.steadfast.erp.tenancy.CompanyRecord;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;

/**
 * A purchase order and the people who dealt with it: the buyer who raised it, its approvers (two above the limit),
 * none of them the same person. The rules live in {@link Purchasing}; this keeps the record of who did what.
 */
@Entity
@Table(name = "erp_purchase_order")
public class PurchaseOrder extends CompanyRecord {

    private String supplier;

    @Enumerated(EnumType.STRING)
    private OrderStatus status;

    @Column(name = "total_cents")
    private long totalCents;

    @Column(name = "raised_by")
    private String raisedBy;

    @Column(name = "raised_at")
    private Instant raisedAt;

    @Column(name = "first_approver")
    private String firstApprover;

    @Column(name = "second_approver")
    private String secondApprover;

    @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
    @OrderBy("lineNo")
    @BatchSize(size = 50)
    private List<OrderLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected PurchaseOrder() {
    }

    PurchaseOrder(String supplier, String raisedBy, Instant raisedAt) {
        this.supplier = supplier;
        this.status = OrderStatus.RAISED;
        this.raisedBy = raisedBy;
        this.raisedAt = raisedAt;
    }

    void addLine(long itemId, long quantity, long unitPriceCents) {
        OrderLine line = new OrderLine(this, lines.size() + 1, itemId, quantity, unitPriceCents);
        lines.add(line);
        totalCents = Math.addExact(totalCents, line.amountCents());
    }

    void approvedBy(String approver, boolean complete) {
        if (firstApprover == null) {
            firstApprover = approver;
        } else {
            secondApprover = approver;
        }
        if (complete) {
            status = OrderStatus.APPROVED;
        }
    }

    void received() {
        status = OrderStatus.RECEIVED;
    }

    String supplier() {
        return supplier;
    }

    OrderStatus status() {
        return status;
    }

    long totalCents() {
        return totalCents;
    }

    String raisedBy() {
        return raisedBy;
    }

    Instant raisedAt() {
        return raisedAt;
    }

    String firstApprover() {
        return firstApprover;
    }

    String secondApprover() {
        return secondApprover;
    }

    List<OrderLine> lines() {
        return List.copyOf(lines);
    }
}
