package dev.steadfast.shop.order;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.steadfast.runtime.audit.AuditId;
import dev.steadfast.runtime.audit.AuditOutcome;
import dev.steadfast.runtime.audit.AuditTrail;
import dev.steadfast.runtime.audit.Audited;
import dev.steadfast.runtime.problem.ConflictProblem;
import dev.steadfast.runtime.problem.NotFoundProblem;
import dev.steadfast.shop.catalog.Product;
import dev.steadfast.shop.catalog.ProductRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The order's transactions: placing (stock and order and audit record together), paying, cancelling. */
@ApplicationScoped
@Transactional
public class Orders {

    @Inject
    OrderRepository orders;

    @Inject
    ProductRepository products;

    @Inject
    AuditTrail audit;

    public Optional<CustomerOrder> byIdempotencyKey(String key) {
        return orders.byIdempotencyKey(key);
    }

    public CustomerOrder get(long id) {
        return orders.find(id).orElseThrow(() -> new NotFoundProblem("There is no order " + id + "."));
    }

    public List<Long> pendingPayment() {
        return orders.pendingPayment();
    }

    /**
     * Turns quantities into an order, or returns the order this key already made. The products' new stock and the
     * order are flushed here, so a concurrent checkout that changed a product first shows up now, as an
     * OptimisticLockException, and the whole attempt rolls back to be retried.
     */
    CustomerOrder place(String idempotencyKey, String sessionDigest, Map<Long, Integer> quantities) {
        Optional<CustomerOrder> earlier = orders.byIdempotencyKey(idempotencyKey);
        if (earlier.isPresent()) {
            return replay(earlier.get(), sessionDigest);
        }
        List<OrderLine> lines = new ArrayList<>();
        quantities.forEach((productId, quantity) -> {
            Product product = products.find(productId)
                    .orElseThrow(() -> new NotFoundProblem("Product " + productId + " is no longer sold."));
            if (!product.take(quantity)) {
                throw new ConflictProblem("Only " + product.getStock() + " of " + product.getName() + " are left.");
            }
            lines.add(new OrderLine(productId, product.getSku(), product.getName(), product.getPriceCents(), quantity));
        });
        CustomerOrder order = orders.add(new CustomerOrder(idempotencyKey, sessionDigest, lines, Instant.now()));
        audit.record("order.place", "Order", order.auditId(), AuditOutcome.SUCCESS, "total_cents=" + order.getTotalCents());
        return order;
    }

    /**
     * The order an Idempotency-Key already made, for the session that made it. Another session that sends the same
     * key learns nothing of that order: the key acts as no bearer token.
     */
    static CustomerOrder replay(CustomerOrder earlier, String sessionDigest) {
        if (!earlier.placedBy(sessionDigest)) {
            throw new ConflictProblem("This Idempotency-Key was used by another checkout; send a new one.");
        }
        return earlier;
    }

    CustomerOrder paid(long id, String paymentReference) {
        CustomerOrder order = get(id);
        if (order.getStatus() == OrderStatus.PAYMENT_PENDING) {
            order.paid(paymentReference);
        }
        return order;
    }

    /** Cancels an order and puts its units back; cancelling twice changes nothing the second time. */
    @Audited(action = "order.cancel", entityType = "Order")
    public CustomerOrder cancel(@AuditId long id) {
        CustomerOrder order = get(id);
        if (order.getStatus() != OrderStatus.CANCELLED) {
            order.getLines().forEach(line -> products.find(line.getProductId()).ifPresent(p -> p.putBack(line.getQuantity())));
            order.cancelled();
            products.flush();
        }
        return order;
    }
}
