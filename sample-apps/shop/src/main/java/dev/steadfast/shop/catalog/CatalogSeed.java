package dev.steadfast.shop.catalog;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

/**
 * Puts a few products in an empty catalog at start-up, so that a fresh shop has something to sell. Several nodes
 * may start at once against one database: the unique SKU lets only one of them in, and the others carry on.
 */
@ApplicationScoped
public class CatalogSeed {

    private static final Logger LOG = Logger.getLogger(CatalogSeed.class.getName());

    /** New entities at each call: a persisted entity must not be shared. */
    static List<Product> starter() {
        return List.of(
                new Product("TEA-ASSAM", "Assam tea, 250 g", 695, 500),
                new Product("MUG-STONE", "Stoneware mug", 1450, 200),
                new Product("KETTLE-1L", "Kettle, 1 litre", 3990, 50),
                new Product("HONEY-ACACIA", "Acacia honey, 500 g", 850, 300));
    }

    @Inject
    Seeder seeder;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        try {
            seeder.seedIfEmpty();
        } catch (PersistenceException | jakarta.transaction.TransactionalException e) {
            LOG.log(Level.INFO, "Another node seeded the catalog first: {0}", e.getClass().getSimpleName());
        }
    }

    /** The transactional part, a bean of its own so that the transaction interceptor applies. */
    @ApplicationScoped
    static class Seeder {

        @Inject
        ProductRepository products;

        @Transactional
        void seedIfEmpty() {
            if (products.count() == 0) {
                starter().forEach(products::add);
            }
        }
    }
}
