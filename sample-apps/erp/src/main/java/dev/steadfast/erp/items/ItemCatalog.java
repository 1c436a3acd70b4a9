package dev.steadfast.erp.items;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import dev.steadfast.runtime.audit.AuditOutcome;
import dev.steadfast.runtime.audit.AuditTrail;
import dev.steadfast.runtime.problem.ConflictProblem;
import dev.steadfast.runtime.problem.NotFoundProblem;

/**
 * The company's item master. Queries name no tenant: Hibernate scopes them to the caller's company, and an id of
 * another company's item is simply not found.
 */
@ApplicationScoped
public class ItemCatalog {

    @PersistenceContext(unitName = "erp")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Transactional
    public ItemView add(ItemDraft draft) {
        requireFreeSku(draft.sku(), null);
        Item item = new Item(draft);
        em.persist(item);
        audit.record("item.add", "Item", String.valueOf(item.id()), AuditOutcome.SUCCESS, item.sku());
        return ItemView.of(item);
    }

    @Transactional
    public ItemView change(long id, ItemDraft draft) {
        Item item = item(id);
        requireFreeSku(draft.sku(), item.id());
        item.change(draft);
        audit.record("item.change", "Item", String.valueOf(id), AuditOutcome.SUCCESS, item.sku());
        return ItemView.of(item);
    }

    public List<ItemView> all() {
        return em.createQuery("SELECT i FROM Item i ORDER BY i.sku", Item.class).getResultList().stream().map(ItemView::of).toList();
    }

    public ItemView one(long id) {
        return ItemView.of(item(id));
    }

    /** The ids of the company's items after the given one, in order, at most {@code max}: the MRP reads them in pages. */
    public List<Long> idsAfter(long after, int max) {
        return em.createQuery("SELECT i.id FROM Item i WHERE i.id > :after ORDER BY i.id", Long.class).setParameter("after", after)
                .setMaxResults(max).getResultList();
    }

    /** The safety stock of each of the company's items that has one, for the MRP. */
    public Map<Long, Long> safetyStocks() {
        return em.createQuery("SELECT i FROM Item i WHERE i.safetyStock > 0", Item.class).getResultStream()
                .collect(Collectors.toMap(Item::id, Item::safetyStock));
    }

    /** The company's item, for the other features (a stock movement, an order line); 404 for any other id. */
    public Item item(long id) {
        return Optional.ofNullable(em.find(Item.class, id)).orElseThrow(() -> new NotFoundProblem("There is no item " + id + "."));
    }

    private void requireFreeSku(String sku, Long except) {
        List<Long> holders = em.createQuery("SELECT i.id FROM Item i WHERE i.sku = :sku", Long.class).setParameter("sku", sku).getResultList();
        if (holders.stream().anyMatch(h -> !h.equals(except))) {
            throw new ConflictProblem("There is already an item " + sku + ".");
        }
    }
}
