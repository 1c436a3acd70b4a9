package dev.steadfast.erp.archfixture;

import java.sql.Connection;
import java.sql.SQLException;

/** Plain JDBC outside the reviewed class. */
class JdbcOutsideReview {

    boolean anything(Connection connection) throws SQLException {
        return connection.createStatement().execute("SELECT 1");
    }
}
