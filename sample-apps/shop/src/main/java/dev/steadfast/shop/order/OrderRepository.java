package dev.steadfast.shop.order;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Orders in the shop's database. */
@ApplicationScoped
public class OrderRepository {

    @PersistenceContext
    EntityManager em;

    Optional<CustomerOrder> find(long id) {
        return Optional.ofNullable(em.find(CustomerOrder.class, id));
    }

    Optional<CustomerOrder> byIdempotencyKey(String key) {
        return em.createQuery("select o from CustomerOrder o where o.idempotencyKey = :key", CustomerOrder.class)
                .setParameter("key", key).getResultStream().findFirst();
    }

    /** Orders that owe a charge or a refund and that no caller claimed since {@code staleBefore}. */
    List<Long> awaitingMoney(Instant staleBefore) {
        return em.createQuery("select o.id from CustomerOrder o where o.status in :waiting"
                        + " and (o.chargeClaimedAt is null or o.chargeClaimedAt < :stale) order by o.id", Long.class)
                .setParameter("waiting", List.of(OrderStatus.PAYMENT_PENDING, OrderStatus.CHARGING, OrderStatus.REFUND_PENDING))
                .setParameter("stale", staleBefore).getResultList();
    }

    /**
     * The database's time: every node's leases are measured on this one clock, so a node whose clock runs ahead
     * cannot take a live claim for a stale one.
     */
    Instant now() {
        Object now = em.createQuery("select current_timestamp", Object.class).getSingleResult();
        if (now instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (now instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (now instanceof java.time.ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (now instanceof java.time.LocalDateTime local) {
            return local.atZone(java.time.ZoneId.systemDefault()).toInstant();
        }
        if (now instanceof Instant instant) {
            return instant;
        }
        throw new IllegalStateException("The database answered its time as " + now.getClass().getName());
    }

    CustomerOrder add(CustomerOrder order) {
        em.persist(order);
        em.flush();
        return order;
    }

    /** Writes the changes now, so that a concurrent change of the same order fails here, inside the caller's transaction. */
    void flush() {
        em.flush();
    }
}
