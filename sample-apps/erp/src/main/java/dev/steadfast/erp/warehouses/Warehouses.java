package dev.steadfast.erp.warehouses;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import dev.steadfast.erp.warehouses.WarehouseResource.WarehouseDraft;
import dev.steadfast.erp.warehouses.WarehouseResource.WarehouseView;
import dev.steadfast.runtime.audit.AuditOutcome;
import dev.steadfast.runtime.audit.AuditTrail;
import dev.steadfast.runtime.problem.ConflictProblem;
import dev.steadfast.runtime.problem.NotFoundProblem;

/** The company's warehouses (Hibernate scopes every query to the caller's company). */
@ApplicationScoped
public class Warehouses {

    @PersistenceContext(unitName = "erp")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Transactional
    public WarehouseView open(WarehouseDraft draft) {
        if (!em.createQuery("SELECT w.id FROM Warehouse w WHERE w.code = :code", Long.class).setParameter("code", draft.code())
                .getResultList().isEmpty()) {
            throw new ConflictProblem("There is already a warehouse " + draft.code() + ".");
        }
        Warehouse warehouse = new Warehouse(draft.code(), draft.name());
        em.persist(warehouse);
        audit.record("warehouse.open", "Warehouse", String.valueOf(warehouse.id()), AuditOutcome.SUCCESS, warehouse.code());
        return WarehouseView.of(warehouse);
    }

    public List<WarehouseView> all() {
        return em.createQuery("SELECT w FROM Warehouse w ORDER BY w.code", Warehouse.class).getResultList().stream()
                .map(WarehouseView::of).toList();
    }

    /** The company's warehouse, for the other features (a stock movement, a receipt); 404 for any other id. */
    public Warehouse warehouse(long id) {
        return Optional.ofNullable(em.find(Warehouse.class, id))
                .orElseThrow(() -> new NotFoundProblem("There is no warehouse " + id + "."));
    }
}
