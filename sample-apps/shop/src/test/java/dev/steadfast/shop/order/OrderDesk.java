package dev.steadfast.shop.order;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

import dev.steadfast.runtime.audit.AuditTrail;
import dev.steadfast.shop.catalog.Catalog;
import dev.steadfast.shop.catalog.Product;
import dev.steadfast.shop.catalog.ProductDraft;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * In the server, for the money tests: orders placed straight through the order's beans (no session, no cart), and
 * settled until they reach a status. Settling is repeated because another test's failures may have opened the
 * payment client's circuit breaker for a while; what the tests assert is where the order and its money end.
 */
@Dependent
public class OrderDesk {

    private static final Duration GIVE_UP = Duration.ofSeconds(60);

    @Inject
    Catalog catalog;

    @Inject
    Orders orders;

    @Inject
    Cashier cashier;

    @Inject
    AuditTrail audit;

    @Resource(lookup = "java:jboss/datasources/SteadfastDS")
    DataSource database;

    /** A product of the test's own, so that its stock counts only the test's units. */
    Product product(int stock) {
        return catalog.add(new ProductDraft("MONEY-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(), "Money probe", 1_500L, stock));
    }

    /** An order placed and not charged yet: PAYMENT_PENDING. */
    CustomerOrder placed(Product product, int quantity) {
        return orders.place(UUID.randomUUID().toString(), "desk-session", Map.of(product.getId(), quantity)).order();
    }

    int stock(Product product) {
        return catalog.get(product.getId()).getStock();
    }

    /** Records of an order in the audit chain, after verification has chained those still pending. */
    int audited(String action, long orderId) throws SQLException {
        audit.verify();
        try (Connection c = database.getConnection();
             PreparedStatement q = c.prepareStatement(
                     "SELECT COUNT(*) FROM steadfast_audit WHERE action = ? AND entity_type = 'Order' AND entity_id = ?")) {
            q.setString(1, action);
            q.setString(2, String.valueOf(orderId));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Settles the order until it has the status; fails with the status it kept when that does not happen. */
    CustomerOrder settleUntil(long id, OrderStatus wanted) throws InterruptedException {
        Instant giveUp = Instant.now().plus(GIVE_UP);
        CustomerOrder order = cashier.settle(id);
        while (order.getStatus() != wanted && Instant.now().isBefore(giveUp)) {
            Thread.sleep(500);
            order = cashier.settle(id);
        }
        if (order.getStatus() != wanted) {
            fail("Order " + id + " stayed " + order.getStatus() + ", not " + wanted);
        }
        return order;
    }
}
