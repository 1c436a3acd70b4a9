package dev.steadfast.erp.purchasing;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import dev.steadfast.erp.accounts.Caller;
import dev.steadfast.erp.items.ItemCatalog;
import dev.steadfast.erp.stock.MovementReason;
import dev.steadfast.erp.stock.StockLedger;
import dev.steadfast.erp.warehouses.Warehouses;
import dev.steadfast.runtime.audit.AuditOutcome;
import dev.steadfast.runtime.audit.AuditTrail;
import dev.steadfast.runtime.problem.ConflictProblem;
import dev.steadfast.runtime.problem.ForbiddenProblem;
import dev.steadfast.runtime.problem.NotFoundProblem;

/**
 * Purchasing with segregation of duties: the buyer who raises an order can neither approve it nor receive its
 * goods; an order above the limit needs two different approvers ({@link ApprovalPolicy}). Each refusal of a duty is
 * recorded as DENIED; each step that happens, as SUCCESS with the order.
 */
@ApplicationScoped
public class Purchasing {

    @PersistenceContext(unitName = "erp")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    ApprovalPolicy policy;

    @Inject
    ItemCatalog items;

    @Inject
    Warehouses warehouses;

    @Inject
    StockLedger stock;

    private final Clock clock = Clock.systemUTC();

    @Transactional
    public OrderView raise(OrderDraft draft) {
        PurchaseOrder order = new PurchaseOrder(draft.supplier(), caller.name().orElseThrow(), clock.instant());
        // At most 50 lines of a million units at a billion cents: the total fits a long (OrderDraft's bounds).
        draft.lines().forEach(line -> order.addLine(items.item(line.itemId()).id(), line.quantity(), line.unitPriceCents()));
        em.persist(order);
        audit.record("purchase-order.raise", "PurchaseOrder", String.valueOf(order.id()), AuditOutcome.SUCCESS,
                "total " + order.totalCents() + " cents, " + order.lines().size() + " lines");
        return OrderView.of(order);
    }

    /** Approves the order as the caller: its first approval, or its second where its total needs two. */
    @Transactional
    public OrderView approve(long id) {
        PurchaseOrder order = order(id);
        String approver = caller.name().orElseThrow();
        if (order.status() != OrderStatus.RAISED) {
            throw new ConflictProblem("Purchase order " + id + " is " + order.status().name().toLowerCase() + ": there is nothing to approve.");
        }
        if (approver.equals(order.raisedBy())) {
            refuse("purchase-order.approve", id, "raised it", "You raised this order: someone else approves it.");
        }
        if (approver.equals(order.firstApprover())) {
            refuse("purchase-order.approve", id, "approved it already", "You approved this order already: it needs a second approver.");
        }
        int approvals = order.firstApprover() == null ? 1 : 2;
        int needed = policy.approversNeeded(order.totalCents());
        order.approvedBy(approver, approvals >= needed);
        audit.record("purchase-order.approve", "PurchaseOrder", String.valueOf(id), AuditOutcome.SUCCESS, "approval " + approvals + " of " + needed);
        return OrderView.of(order);
    }

    /** Books the approved order's goods into the company's warehouse, as someone other than its buyer. */
    @Transactional
    public OrderView receive(long id, long warehouseId) {
        PurchaseOrder order = order(id);
        long warehouse = warehouses.warehouse(warehouseId).id();
        if (order.status() != OrderStatus.APPROVED) {
            throw new ConflictProblem("Purchase order " + id + " is " + order.status().name().toLowerCase() + ": only an approved order is received.");
        }
        if (Objects.equals(caller.name().orElseThrow(), order.raisedBy())) {
            refuse("purchase-order.receive", id, "raised it", "You raised this order: someone else receives its goods.");
        }
        order.lines().forEach(line -> stock.move(line.itemId(), warehouse, line.quantity(), MovementReason.RECEIPT, "PO-" + id));
        order.received();
        audit.record("purchase-order.receive", "PurchaseOrder", String.valueOf(id), AuditOutcome.SUCCESS, "into warehouse " + warehouse);
        return OrderView.of(order);
    }

    /**
     * The newest orders, of one status if given, at most {@code limit}; in a transaction, so that their lines load
     * (in batches, not one query an order).
     */
    @Transactional
    public List<OrderView> all(OrderStatus status, int limit) {
        TypedQuery<PurchaseOrder> orders = status == null
                ? em.createQuery("SELECT o FROM PurchaseOrder o ORDER BY o.id DESC", PurchaseOrder.class)
                : em.createQuery("SELECT o FROM PurchaseOrder o WHERE o.status = :status ORDER BY o.id DESC", PurchaseOrder.class)
                        .setParameter("status", status);
        return orders.setMaxResults(limit).getResultList().stream().map(OrderView::of).toList();
    }

    @Transactional
    public OrderView one(long id) {
        return OrderView.of(order(id));
    }

    /** The units of each item on orders not received yet (raised or approved), for the MRP. */
    public Map<Long, Long> unitsOnOrder() {
        return em.createQuery("SELECT l.itemId, SUM(l.quantity) FROM OrderLine l WHERE l.order.status <> :received GROUP BY l.itemId",
                Object[].class).setParameter("received", OrderStatus.RECEIVED).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    private PurchaseOrder order(long id) {
        return Optional.ofNullable(em.find(PurchaseOrder.class, id))
                .orElseThrow(() -> new NotFoundProblem("There is no purchase order " + id + "."));
    }

    private void refuse(String action, long id, String why, String message) {
        audit.record(action, "PurchaseOrder", String.valueOf(id), AuditOutcome.DENIED, why);
        throw new ForbiddenProblem(message);
    }
}
