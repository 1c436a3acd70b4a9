package dev.steadfast.shop.admin;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.Principal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import dev.steadfast.runtime.audit.AuditTrail;
import dev.steadfast.shop.audit.UnreachableAuditDatabase;
import dev.steadfast.testing.Deployments;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.SecurityContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the server: a refused admin attempt is answered 401 or 403, also when its record cannot be written; a signed-in
 * caller's is in the audit trail as DENIED.
 */
@ExtendWith(ArquillianExtension.class)
class AdminGuardIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClasses(AdminGuardIT.class, UnreachableAuditDatabase.class);
    }

    @Inject
    AdminGuard guard;

    @Inject
    AuditTrail audit;

    @Inject
    UnreachableAuditDatabase auditDatabase;

    @Resource(lookup = "java:jboss/datasources/SteadfastDS")
    DataSource database;

    @Test
    void anAnonymousAttemptIsRefusedWithAChallenge() {
        // How its refusal is recorded (a tally, not a record of its own) needs an HTTP request: AnonymousFloodIT.
        assertThrows(NotAuthorizedException.class, () -> guard.require(caller(null, false), "product.price", "Product", "42"));
    }

    @Test
    void aSignedInNonAdminIsForbiddenAndRecordedAsDenied() throws SQLException {
        String product = "clerk-" + System.nanoTime();

        assertThrows(ForbiddenException.class, () -> guard.require(caller(() -> "clerk", false), "product.stock", "Product", product));

        audit.verify();
        assertEquals("DENIED|product.stock|not an admin", recordNaming(product));
    }

    @Test
    void withTheAuditDatabaseDownARefusalIsStillA403OrA401NeverAnAuditFailure() {
        auditDatabase.takeDown();
        int before;
        int after;
        try {
            before = auditDatabase.refusedConnectionsOfThisThread();
            assertThrows(ForbiddenException.class, () -> guard.require(caller(() -> "clerk", false), "product.stock", "Product", "7"));
            after = auditDatabase.refusedConnectionsOfThisThread();
            assertThrows(NotAuthorizedException.class, () -> guard.require(caller(null, false), "product.stock", "Product", "7"));
        } finally {
            auditDatabase.bringBack();
        }
        // Positive control: the refusal's record was attempted, on this thread, and failed on the database that was down.
        assertTrue(after > before, "no audit write was attempted for the refusal");
    }

    @Test
    void anAdminPassesAndNothingIsRecordedAsDenied() throws SQLException {
        String product = "admin-" + System.nanoTime();

        assertDoesNotThrow(() -> guard.require(caller(() -> "shop-admin", true), "product.stock", "Product", product));

        audit.verify();
        assertEquals(0, recordsNaming(product), "a permitted attempt left a record");
    }

    private long recordsNaming(String entityId) throws SQLException {
        try (Connection c = database.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM steadfast_audit WHERE entity_id = ?")) {
            q.setString(1, entityId);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private String recordNaming(String entityId) throws SQLException {
        try (Connection c = database.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT outcome, action, detail FROM steadfast_audit WHERE entity_id = ?")) {
            q.setString(1, entityId);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next(), "no record names " + entityId);
                return rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3);
            }
        }
    }

    private static SecurityContext caller(Principal principal, boolean admin) {
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return principal;
            }

            @Override
            public boolean isUserInRole(String role) {
                return admin && AdminGuard.ROLE.equals(role);
            }

            @Override
            public boolean isSecure() {
                return true;
            }

            @Override
            public String getAuthenticationScheme() {
                return BASIC_AUTH;
            }
        };
    }
}
