package dev.steadfast.erp.stock;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import dev.steadfast.erp.accounts.Caller;
import dev.steadfast.erp.items.Item;
import dev.steadfast.erp.items.ItemCatalog;
import dev.steadfast.erp.warehouses.Warehouse;
import dev.steadfast.erp.warehouses.Warehouses;
import dev.steadfast.runtime.audit.AuditOutcome;
import dev.steadfast.runtime.audit.AuditTrail;
import dev.steadfast.runtime.problem.ConflictProblem;

/**
 * The company's stock: every movement is written once, changes its level in the same transaction, and is recorded
 * in the audit trail in that transaction too, so a movement and its audit record commit together or not at all.
 */
@ApplicationScoped
public class StockLedger {

    @PersistenceContext(unitName = "erp")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    ItemCatalog items;

    @Inject
    Warehouses warehouses;

    @Inject
    Caller caller;

    private final Clock clock = Clock.systemUTC();

    /**
     * Moves stock of the company's item in the company's warehouse (404 for another's): {@code amount} units, in or
     * out as the reason says; refused (409) when it would take more out than is on hand.
     */
    @Transactional
    public MovementView move(long itemId, long warehouseId, long amount, MovementReason reason, String reference) {
        Item item = items.item(itemId);
        Warehouse warehouse = warehouses.warehouse(warehouseId);
        long quantity = reason.signed(amount);
        StockLevel level = level(item.id(), warehouse.id());
        if (!level.allows(quantity)) {
            throw new ConflictProblem("Only " + level.onHand() + " " + item.unit() + " of " + item.sku() + " on hand in "
                    + warehouse.code() + ".");
        }
        level.add(quantity);
        StockMovement movement = new StockMovement(item.id(), warehouse.id(), quantity, reason, reference,
                caller.name().orElse("system"), clock.instant());
        em.persist(movement);
        audit.record("stock.move", "StockMovement", String.valueOf(movement.id()), AuditOutcome.SUCCESS,
                reason + " " + quantity + " of item " + item.id() + " in warehouse " + warehouse.id());
        return MovementView.of(movement);
    }

    /** The levels on hand, of one item if given, for every warehouse. */
    public List<LevelView> levels(Long itemId) {
        TypedQuery<StockLevel> levels = itemId == null
                ? em.createQuery("SELECT l FROM StockLevel l ORDER BY l.itemId, l.warehouseId", StockLevel.class)
                : em.createQuery("SELECT l FROM StockLevel l WHERE l.itemId = :item ORDER BY l.warehouseId", StockLevel.class)
                        .setParameter("item", itemId);
        return levels.setMaxResults(1000).getResultList().stream().map(LevelView::of).toList();
    }

    /** What is on hand of each item, all warehouses together, for the MRP. */
    public Map<Long, Long> onHandByItem() {
        return em.createQuery("SELECT l.itemId, SUM(l.onHand) FROM StockLevel l GROUP BY l.itemId", Object[].class).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    /** The movements of one item, newest first. */
    public List<MovementView> movements(long itemId) {
        return em.createQuery("SELECT m FROM StockMovement m WHERE m.itemId = :item ORDER BY m.id DESC", StockMovement.class)
                .setParameter("item", items.item(itemId).id()).setMaxResults(500).getResultList().stream().map(MovementView::of).toList();
    }

    private StockLevel level(long itemId, long warehouseId) {
        return em.createQuery("SELECT l FROM StockLevel l WHERE l.itemId = :item AND l.warehouseId = :warehouse", StockLevel.class)
                .setParameter("item", itemId).setParameter("warehouse", warehouseId).getResultStream().findFirst()
                .orElseGet(() -> {
                    StockLevel level = new StockLevel(itemId, warehouseId);
                    em.persist(level);
                    return level;
                });
    }

    /** A level as the API shows it. */
    public record LevelView(long itemId, long warehouseId, long onHand) {

        static LevelView of(StockLevel level) {
            return new LevelView(level.itemId(), level.warehouseId(), level.onHand());
        }
    }

    /** A movement as the API shows it. */
    public record MovementView(long id, long itemId, long warehouseId, long quantity, MovementReason reason, String reference,
                               String movedBy, String movedAt) {

        static MovementView of(StockMovement movement) {
            return new MovementView(movement.id(), movement.itemId(), movement.warehouseId(), movement.quantity(),
                    movement.reason(), movement.reference(), movement.movedBy(), movement.movedAt().toString());
        }
    }
}
