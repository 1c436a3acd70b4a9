package dev.steadfast.erp.planning;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import dev.steadfast.erp.tenancy.CompanyRecord;

/** What the MRP run of a date plans for one item, with the figures it came from; one per item and date. */
@Entity
@Table(name = "erp_planned_order")
public class PlannedOrder extends CompanyRecord {

    @Column(name = "plan_date")
    private LocalDate planDate;

    @Column(name = "item_id")
    private long itemId;

    @Enumerated(EnumType.STRING)
    private PlanKind kind;

    private long quantity;

    @Column(name = "gross_requirement")
    private long grossRequirement;

    @Column(name = "on_hand")
    private long onHand;

    @Column(name = "scheduled_receipts")
    private long scheduledReceipts;

    protected PlannedOrder() {
    }

    PlannedOrder(LocalDate planDate, Need need) {
        this.planDate = planDate;
        this.itemId = need.itemId();
        update(need);
    }

    /** Takes the figures of the latest computation of the same item and date. */
    void update(Need need) {
        this.kind = need.kind();
        this.quantity = need.quantity();
        this.grossRequirement = need.grossRequirement();
        this.onHand = need.onHand();
        this.scheduledReceipts = need.scheduledReceipts();
    }

    long itemId() {
        return itemId;
    }

    Need need() {
        return new Need(itemId, kind, grossRequirement, onHand, scheduledReceipts, quantity);
    }
}
