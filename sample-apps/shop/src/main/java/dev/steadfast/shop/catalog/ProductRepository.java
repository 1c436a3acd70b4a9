package dev.steadfast.shop.catalog;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Products in the shop's database, shared by every node. */
@ApplicationScoped
public class ProductRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<Product> find(long id) {
        return Optional.ofNullable(em.find(Product.class, id));
    }

    public List<Product> all() {
        return em.createQuery("select p from Product p order by p.name, p.id", Product.class).getResultList();
    }

    boolean skuExists(String sku) {
        return !em.createQuery("select p.id from Product p where p.sku = :sku", Long.class)
                .setParameter("sku", sku).getResultList().isEmpty();
    }

    long count() {
        return em.createQuery("select count(p) from Product p", Long.class).getSingleResult();
    }

    /**
     * Writes pending changes now, so a lost race (an OptimisticLockException) or a broken constraint shows up inside
     * the business method, where retries and the problem mapping see it, rather than at commit.
     */
    public void flush() {
        em.flush();
    }

    Product add(Product product) {
        em.persist(product);
        em.flush();
        return product;
    }
}
