package dev.steadfast.shop.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import dev.steadfast.runtime.audit.AuditTrail;
import dev.steadfast.runtime.audit.AuditVerification;
import dev.steadfast.testing.Deployments;
import dev.steadfast.shop.catalog.Catalog;
import dev.steadfast.shop.catalog.Product;
import dev.steadfast.shop.catalog.ProductDraft;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** In the server: admin changes leave records, and an edited record is found and named by verification. */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClass(AuditTrailIT.class);
    }

    @Inject
    Catalog catalog;

    @Inject
    AuditTrail audit;

    @Resource(lookup = "java:jboss/datasources/SteadfastDS")
    DataSource database;

    @Test
    void eachAdminChangeIsRecordedWithItsEntityAndOutcomeAndLoggedAsOneJsonLine() throws Exception {
        Product probe = newProduct();
        catalog.reprice(probe.getId(), 1_234L);
        audit.verify(); // chains what is pending

        long seq = lastSeq("product.price", probe.getId());
        assertEquals("SUCCESS", column(seq, "outcome"));
        assertEquals("Product", column(seq, "entity_type"));
        // cli-scripts/profile/105-audit-log.cli: the server's audit.log, one JSON object a line.
        Path log = Path.of(System.getProperty("jboss.server.log.dir"), "audit.log");
        String hash = column(seq, "hash").trim();
        List<String> lines = Files.readAllLines(log).stream().filter(l -> l.contains(hash)).toList();
        assertEquals(1, lines.size(), "lines of " + log + " with hash " + hash);
        assertTrue(lines.get(0).startsWith("{\"seq\":" + seq + ","), lines.get(0));
    }

    @Test
    void tamperingWithOneStoredRecordMakesVerificationNameThatRecord() throws SQLException {
        Product probe = newProduct();
        catalog.reprice(probe.getId(), 120L);
        catalog.restock(probe.getId(), 7);
        audit.verify();
        long edited = lastSeq("product.price", probe.getId());
        String original = column(edited, "principal");

        update(edited, "principal", "mallory");
        AuditVerification tampered;
        try {
            tampered = audit.verify();
        } finally {
            update(edited, "principal", original);
        }

        assertFalse(tampered.intact());
        assertEquals(edited, tampered.firstBrokenSeq());
        assertTrue(audit.verify().intact(), "restored");
    }

    private Product newProduct() {
        return catalog.add(new ProductDraft("AUDIT-" + System.nanoTime() % 1_000_000_000L, "Audit probe", 100L, 5));
    }

    private long lastSeq(String action, long productId) throws SQLException {
        try (Connection c = database.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT MAX(seq) FROM steadfast_audit WHERE action = ? AND entity_id = ?")) {
            q.setString(1, action);
            q.setString(2, String.valueOf(productId));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private String column(long seq, String column) throws SQLException {
        try (Connection c = database.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT " + column + " FROM steadfast_audit WHERE seq = ?")) {
            q.setLong(1, seq);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private void update(long seq, String column, String value) throws SQLException {
        try (Connection c = database.getConnection();
             PreparedStatement u = c.prepareStatement("UPDATE steadfast_audit SET " + column + " = ? WHERE seq = ?")) {
            u.setString(1, value);
            u.setLong(2, seq);
            assertEquals(1, u.executeUpdate());
        }
    }
}
