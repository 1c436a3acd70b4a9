package dev.steadfast.shop.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import dev.steadfast.testing.Deployments;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the server: the shop's schema comes from its Flyway migrations (src/main/resources/db/migration), which
 * steadfast-runtime ran when the shop was deployed, not from Hibernate (hbm2ddl is off); and the Flyway it brings
 * leaves the shop's JSON on JSON-B.
 */
@ExtendWith(ArquillianExtension.class)
class SchemaMigrationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClass(SchemaMigrationIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/SteadfastDS")
    DataSource database;

    @Inject
    ServletContext servletContext;

    @Test
    void theFirstMigrationIsRecordedOnceAsSucceededInTheShopsOwnHistory() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(
                     "SELECT \"description\", \"success\" FROM \"shop_schema_history\" WHERE \"version\" = '1'")) {
            while (row.next()) {
                rows.add(row.getString(1) + ":" + row.getBoolean(2));
            }
        }
        assertEquals(List.of("catalog and orders:true"), rows);
    }

    @Test
    void theTablesAndSequencesOfTheEntitiesExist() throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : List.of("Product", "shop_order", "shop_order_line")) {
                try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    count.next();
                }
            }
            try (ResultSet sequences = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SEQUENCES"
                    + " WHERE UPPER(SEQUENCE_NAME) IN ('PRODUCT_SEQ', 'SHOP_ORDER_SEQ')")) {
                sequences.next();
                assertEquals(2, sequences.getInt(1), "sequences Product_SEQ and shop_order_SEQ");
            }
        }
    }

    /** WildFly turns a deployment's JSON over to Jackson when any class in it has a Jackson annotation: flyway-core's do. */
    @Test
    void jsonStaysOnJsonBindingThoughFlywayCarriesJacksonAnnotations() {
        assertEquals("false", servletContext.getInitParameter("resteasy.preferJacksonOverJsonB"));
    }
}
