package dev.steadfast.erp.production;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import dev.steadfast.erp.accounts.Caller;
import dev.steadfast.erp.bom.BillsOfMaterial;
import dev.steadfast.erp.bom.BomLine;
import dev.steadfast.erp.items.ItemCatalog;
import dev.steadfast.erp.stock.MovementReason;
import dev.steadfast.erp.stock.StockLedger;
import dev.steadfast.erp.warehouses.Warehouses;
import dev.steadfast.runtime.audit.AuditOutcome;
import dev.steadfast.runtime.audit.AuditTrail;
import dev.steadfast.runtime.problem.ConflictProblem;
import dev.steadfast.runtime.problem.NotFoundProblem;
import dev.steadfast.runtime.problem.UnprocessableProblem;

/**
 * The company's work orders. Only an item with a bill of material is made; completing an order moves its stock
 * through the ledger (each movement audited there) and is audited itself, all in one transaction.
 */
@ApplicationScoped
public class Production {

    @PersistenceContext(unitName = "erp")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    ItemCatalog items;

    @Inject
    Warehouses warehouses;

    @Inject
    BillsOfMaterial boms;

    @Inject
    StockLedger stock;

    private final Clock clock = Clock.systemUTC();

    @Transactional
    public WorkOrderView release(WorkOrderDraft draft) {
        long item = items.item(draft.itemId()).id();
        long warehouse = warehouses.warehouse(draft.warehouseId()).id();
        if (boms.lines(item).isEmpty()) {
            throw new UnprocessableProblem("Item " + item + " has no bill of material: it is bought, not made.");
        }
        WorkOrder order = new WorkOrder(item, warehouse, draft.quantity(), caller.name().orElseThrow(), clock.instant());
        em.persist(order);
        audit.record("work-order.release", "WorkOrder", String.valueOf(order.id()), AuditOutcome.SUCCESS,
                order.quantity() + " of item " + item + " in warehouse " + warehouse);
        return WorkOrderView.of(order);
    }

    /**
     * Issues the components of the released order (its item's bill of material as it stands now, times its
     * quantity) and books its units in, in its warehouse; refused (409) with nothing moved when a component is short.
     */
    @Transactional
    public WorkOrderView complete(long id) {
        WorkOrder order = order(id);
        if (order.status() != WorkOrderStatus.RELEASED) {
            throw new ConflictProblem("Work order " + id + " is " + order.status().name().toLowerCase() + " already.");
        }
        List<BomLine> components = boms.lines(order.itemId());
        if (components.isEmpty()) {
            throw new ConflictProblem("Item " + order.itemId() + " has no bill of material any more: work order " + id + " cannot be made.");
        }
        String reference = "WO-" + id;
        // At most a billion units of at most a million components each: 1e15 fits a long (the drafts' bounds).
        components.forEach(line -> stock.move(line.componentItemId(), order.warehouseId(),
                Math.multiplyExact(order.quantity(), line.quantityPer()), MovementReason.COMPONENT_ISSUE, reference));
        stock.move(order.itemId(), order.warehouseId(), order.quantity(), MovementReason.PRODUCTION_RECEIPT, reference);
        order.completed(caller.name().orElseThrow(), clock.instant());
        audit.record("work-order.complete", "WorkOrder", String.valueOf(id), AuditOutcome.SUCCESS, components.size() + " components issued");
        return WorkOrderView.of(order);
    }

    public List<WorkOrderView> all(WorkOrderStatus status, int limit) {
        TypedQuery<WorkOrder> orders = status == null
                ? em.createQuery("SELECT o FROM WorkOrder o ORDER BY o.id DESC", WorkOrder.class)
                : em.createQuery("SELECT o FROM WorkOrder o WHERE o.status = :status ORDER BY o.id DESC", WorkOrder.class)
                        .setParameter("status", status);
        return orders.setMaxResults(limit).getResultList().stream().map(WorkOrderView::of).toList();
    }

    public WorkOrderView one(long id) {
        return WorkOrderView.of(order(id));
    }

    /** The units still to come from released orders, per item, for the MRP. */
    public Map<Long, Long> unitsToCome() {
        return em.createQuery("SELECT o.itemId, SUM(o.quantity) FROM WorkOrder o WHERE o.status = :released GROUP BY o.itemId", Object[].class)
                .setParameter("released", WorkOrderStatus.RELEASED).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    private WorkOrder order(long id) {
        return Optional.ofNullable(em.find(WorkOrder.class, id)).orElseThrow(() -> new NotFoundProblem("There is no work order " + id + "."));
    }
}
