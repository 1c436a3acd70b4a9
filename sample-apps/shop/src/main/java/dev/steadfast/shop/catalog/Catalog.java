package dev.steadfast.shop.catalog;

import java.util.List;

import dev.steadfast.runtime.audit.AuditId;
import dev.steadfast.runtime.audit.Audited;
import dev.steadfast.runtime.problem.ConflictProblem;
import dev.steadfast.runtime.problem.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** Reading the catalog, and the admin's changes to it, each audited in its own transaction. */
@ApplicationScoped
@Transactional
public class Catalog {

    static final long MAX_PRICE_CENTS = 100_000_000L;
    static final int MAX_STOCK = 1_000_000;

    @Inject
    ProductRepository products;

    public List<Product> all() {
        return products.all();
    }

    public Product get(long id) {
        return products.find(id).orElseThrow(() -> new NotFoundProblem("There is no product " + id + "."));
    }

    @Audited(action = "product.create", entityType = "Product")
    public Product add(@NotNull @Valid ProductDraft draft) {
        if (products.skuExists(draft.sku())) {
            throw new ConflictProblem("A product with SKU " + draft.sku() + " exists already.");
        }
        return products.add(new Product(draft.sku(), draft.name(), draft.priceCents(), draft.stock()));
    }

    @Audited(action = "product.price", entityType = "Product")
    public Product reprice(@AuditId long id, @NotNull @PositiveOrZero @Max(MAX_PRICE_CENTS) Long priceCents) {
        Product product = get(id);
        product.reprice(priceCents);
        products.flush();
        return product;
    }

    @Audited(action = "product.stock", entityType = "Product")
    public Product restock(@AuditId long id, @NotNull @PositiveOrZero @Max(MAX_STOCK) Integer stock) {
        Product product = get(id);
        product.restock(stock);
        products.flush();
        return product;
    }
}
