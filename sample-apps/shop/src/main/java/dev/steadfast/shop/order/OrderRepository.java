package dev.steadfast.shop.order;

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

    List<Long> pendingPayment() {
        return em.createQuery("select o.id from CustomerOrder o where o.status = :s order by o.id", Long.class)
                .setParameter("s", OrderStatus.PAYMENT_PENDING).getResultList();
    }

    CustomerOrder add(CustomerOrder order) {
        em.persist(order);
        em.flush();
        return order;
    }
}
