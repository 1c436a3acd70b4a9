package dev.steadfast.shop.giftnote;

import java.util.Objects;
import java.util.Optional;

import dev.steadfast.runtime.audit.AuditId;
import dev.steadfast.runtime.audit.Audited;
import dev.steadfast.runtime.problem.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The orders' gift notes in the shop's database, read and written with SQL of their own: the order's entity does
 * not map the column, so that it stays the entity of the previous release, which runs beside this one during a
 * rollout. A note is changed in one statement, which leaves the order's version alone: a note never makes a
 * concurrent checkout, payment or cancellation of the order lose its race.
 */
@ApplicationScoped
@Transactional
public class GiftNotes {

    @PersistenceContext
    EntityManager em;

    /** The order's note; none for an order placed without one, by this release or by the previous one. */
    public Optional<String> of(long orderId) {
        return em.createNativeQuery("SELECT giftNote FROM shop_order WHERE id = :id").setParameter("id", orderId)
                .getResultList().stream().filter(Objects::nonNull).map(String.class::cast).findFirst();
    }

    /**
     * Writes the order's note in place of any earlier one, recorded in the audit trail with the order's id; an order
     * that is not in the database (the session names it, the row is gone) is not found, and nothing is recorded.
     */
    @Audited(action = "order.gift-note", entityType = "Order")
    public void write(@AuditId long orderId, String note) {
        int written = em.createNativeQuery("UPDATE shop_order SET giftNote = :note WHERE id = :id").setParameter("note", note)
                .setParameter("id", orderId).executeUpdate();
        if (written != 1) {
            throw new NotFoundProblem("There is no order " + orderId + ".");
        }
    }
}
