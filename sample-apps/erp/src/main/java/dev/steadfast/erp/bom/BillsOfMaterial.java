package dev.steadfast.erp.bom;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import dev.steadfast.erp.items.ItemCatalog;
import dev.steadfast.runtime.audit.AuditOutcome;
import dev.steadfast.runtime.audit.AuditTrail;
import dev.steadfast.runtime.problem.UnprocessableProblem;

/**
 * The company's bills of material. A change replaces an item's whole bill, refuses a component the item is made of
 * already (a cycle: the MRP could never finish exploding it), and is audited with the item.
 */
@ApplicationScoped
public class BillsOfMaterial {

    @PersistenceContext(unitName = "erp")
    EntityManager em;

    @Inject
    ItemCatalog items;

    @Inject
    AuditTrail audit;

    public BomView of(long itemId) {
        return view(items.item(itemId).id());
    }

    /** The lines of the company's item (none: it is bought). */
    public List<BomLine> lines(long itemId) {
        return em.createQuery("SELECT l FROM BomLine l WHERE l.parentItemId = :item ORDER BY l.componentItemId", BomLine.class)
                .setParameter("item", itemId).getResultList();
    }

    /** Every line of the company's bills, for the MRP's explosion. */
    public List<BomLine> all() {
        return em.createQuery("SELECT l FROM BomLine l ORDER BY l.parentItemId, l.componentItemId", BomLine.class).getResultList();
    }

    /**
     * Replaces the item's bill. The cycle check reads what is committed: two planners changing two bills at the same
     * moment could still close a cycle between them, each change looking fine alone; the MRP refuses to explode one
     * and names it (planning/Requirements).
     */
    @Transactional
    public BomView replace(long itemId, BomDraft draft) {
        items.item(itemId);
        Set<Long> components = new HashSet<>();
        for (BomDraft.Component line : draft.lines()) {
            if (!components.add(line.componentId())) {
                throw new UnprocessableProblem("Component " + line.componentId() + " is listed twice.");
            }
            items.item(line.componentId());
        }
        if (components.contains(itemId) || madeFrom(components).contains(itemId)) {
            throw new UnprocessableProblem("Item " + itemId + " cannot be a component of itself, directly or through another.");
        }
        em.createQuery("DELETE FROM BomLine l WHERE l.parentItemId = :item").setParameter("item", itemId).executeUpdate();
        draft.lines().forEach(line -> em.persist(new BomLine(itemId, line.componentId(), line.quantityPer())));
        em.flush();
        audit.record("bom.replace", "Item", String.valueOf(itemId), AuditOutcome.SUCCESS, draft.lines().size() + " components");
        return view(itemId);
    }

    /** Every item the given ones are made of, at any depth. */
    private Set<Long> madeFrom(Set<Long> start) {
        Map<Long, List<Long>> children = all().stream().collect(Collectors.groupingBy(BomLine::parentItemId,
                Collectors.mapping(BomLine::componentItemId, Collectors.toList())));
        Set<Long> seen = new HashSet<>();
        Deque<Long> open = new ArrayDeque<>(start);
        while (!open.isEmpty()) {
            for (Long child : children.getOrDefault(open.pop(), List.of())) {
                if (seen.add(child)) {
                    open.push(child);
                }
            }
        }
        return seen;
    }

    private BomView view(long itemId) {
        return new BomView(itemId, lines(itemId).stream()
                .map(line -> new BomView.Component(line.componentItemId(), items.item(line.componentItemId()).sku(), line.quantityPer()))
                .toList());
    }
}
