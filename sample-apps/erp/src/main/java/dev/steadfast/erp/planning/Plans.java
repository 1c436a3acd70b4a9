package dev.steadfast.erp.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import dev.steadfast.erp.bom.BillsOfMaterial;
import dev.steadfast.erp.items.ItemCatalog;
import dev.steadfast.erp.production.Production;
import dev.steadfast.erp.purchasing.Purchasing;
import dev.steadfast.erp.stock.StockLedger;

/**
 * The company's plans: the snapshot the MRP plans from (each feature gives its own figures) and the planned orders
 * it writes. Writing is idempotent: an item's order of a date is replaced by the latest computation, and removed
 * when the item needs nothing any more, so writing a chunk twice (a run restarted after its chunk committed but
 * before its checkpoint was seen) or running twice in a day leaves one row per item, never two.
 */
@ApplicationScoped
public class Plans {

    @PersistenceContext(unitName = "erp")
    EntityManager em;

    @Inject
    ItemCatalog items;

    @Inject
    BillsOfMaterial boms;

    @Inject
    StockLedger stock;

    @Inject
    Purchasing purchasing;

    @Inject
    Production production;

    /** What the company has now, read in one transaction. */
    @Transactional
    Requirements requirements() {
        List<Requirements.Edge> bills = boms.all().stream()
                .map(line -> new Requirements.Edge(line.parentItemId(), line.componentItemId(), line.quantityPer())).toList();
        return new Requirements(new Requirements.Snapshot(items.safetyStocks(), bills, stock.onHandByItem(), purchasing.unitsOnOrder(),
                production.unitsToCome()));
    }

    /** Writes the needs of some items for the date, in the caller's transaction (a chunk's). */
    @Transactional(Transactional.TxType.MANDATORY)
    void write(LocalDate date, List<Need> needs) {
        Map<Long, PlannedOrder> existing = em.createQuery("SELECT p FROM PlannedOrder p WHERE p.planDate = :date AND p.itemId IN :items",
                        PlannedOrder.class).setParameter("date", date).setParameter("items", needs.stream().map(Need::itemId).toList())
                .getResultStream().collect(Collectors.toMap(PlannedOrder::itemId, Function.identity()));
        for (Need need : needs) {
            PlannedOrder order = existing.get(need.itemId());
            if (need.quantity() == 0) {
                Optional.ofNullable(order).ifPresent(em::remove);
            } else if (order != null) {
                order.update(need);
            } else {
                em.persist(new PlannedOrder(date, need));
            }
        }
    }

    /** The planned orders of a date, in the order of their items' ids. */
    public List<Need> of(LocalDate date) {
        return em.createQuery("SELECT p FROM PlannedOrder p WHERE p.planDate = :date ORDER BY p.itemId", PlannedOrder.class)
                .setParameter("date", date).getResultStream().map(PlannedOrder::need).toList();
    }
}
