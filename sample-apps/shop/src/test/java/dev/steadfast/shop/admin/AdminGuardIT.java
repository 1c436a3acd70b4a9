package dev.steadfast.shop.admin;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.Principal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

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

/** In the server: a refused admin attempt is answered 401 or 403 and is in the audit trail as DENIED. */
@ExtendWith(ArquillianExtension.class)
class AdminGuardIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClass(AdminGuardIT.class);
    }

    @Inject
    AdminGuard guard;

    @Resource(lookup = "java:jboss/datasources/SteadfastDS")
    DataSource database;

    @Test
    void anAnonymousAttemptIsRefusedWithAChallengeAndRecordedAsDenied() throws SQLException {
        assertThrows(NotAuthorizedException.class, () -> guard.require(caller(null, false), "product.price", "Product", "42"));

        assertEquals("DENIED|product.price|42|not authenticated", lastRecord());
    }

    @Test
    void aSignedInNonAdminIsForbiddenAndRecordedAsDenied() throws SQLException {
        assertThrows(ForbiddenException.class, () -> guard.require(caller(() -> "clerk", false), "product.stock", "Product", "7"));

        assertEquals("DENIED|product.stock|7|not an admin", lastRecord());
    }

    @Test
    void anAdminPassesAndNothingIsRecordedAsDenied() throws SQLException {
        long before = records();

        assertDoesNotThrow(() -> guard.require(caller(() -> "shop-admin", true), "product.stock", "Product", "7"));
        assertEquals(before, records(), "a permitted attempt left a record");
    }

    private long records() throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM steadfast_audit")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String lastRecord() throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT outcome, action, entity_id, detail FROM steadfast_audit ORDER BY seq DESC LIMIT 1")) {
            rs.next();
            return rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4);
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
