package dev.steadfast.runtime.audit;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Creates the audit tables and the head row when they are missing, in SQL that H2 2.2 and PostgreSQL 15 both
 * accept. Several nodes may start at once: a create or seed that fails because another node won the race is
 * fine, so each failure is followed by a second look, and only a table or row still missing is an error.
 * Run it outside any business transaction (PostgreSQL's DDL is transactional and a failed statement spoils
 * the transaction it is in).
 */
final class AuditSchema {

    static final String AUDIT_TABLE = "steadfast_audit";
    static final String HEAD_TABLE = "steadfast_audit_head";

    private static final String CREATE_AUDIT = """
            CREATE TABLE steadfast_audit (
                seq BIGINT NOT NULL PRIMARY KEY,
                recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
                principal VARCHAR(255) NOT NULL,
                roles VARCHAR(1000) NOT NULL,
                action VARCHAR(100) NOT NULL,
                entity_type VARCHAR(100),
                entity_id VARCHAR(255),
                outcome VARCHAR(10) NOT NULL,
                node VARCHAR(255) NOT NULL,
                request_id VARCHAR(64) NOT NULL,
                client_address VARCHAR(255),
                detail VARCHAR(1000),
                prev_hash CHAR(64) NOT NULL,
                hash CHAR(64) NOT NULL
            )""";

    private static final String CREATE_HEAD = """
            CREATE TABLE steadfast_audit_head (
                id INTEGER NOT NULL PRIMARY KEY,
                last_seq BIGINT NOT NULL,
                last_hash CHAR(64) NOT NULL
            )""";

    private AuditSchema() {
    }

    /** Makes sure both tables and the head row exist. */
    static void ensure(Connection connection) throws SQLException {
        createTable(connection, AUDIT_TABLE, CREATE_AUDIT);
        createTable(connection, HEAD_TABLE, CREATE_HEAD);
        seedHead(connection);
    }

    private static void createTable(Connection connection, String table, String ddl) throws SQLException {
        if (tableExists(connection, table)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(ddl);
            commitIfManual(connection);
        } catch (SQLException e) {
            rollbackIfManual(connection);
            if (!tableExists(connection, table)) {
                throw e;
            }
        }
    }

    private static void seedHead(Connection connection) throws SQLException {
        if (headExists(connection)) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO steadfast_audit_head (id, last_seq, last_hash) VALUES (1, 0, ?)")) {
            insert.setString(1, AuditHash.GENESIS);
            insert.executeUpdate();
            commitIfManual(connection);
        } catch (SQLException e) {
            rollbackIfManual(connection);
            if (!headExists(connection)) {
                throw e;
            }
        }
    }

    private static boolean headExists(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT 1 FROM steadfast_audit_head WHERE id = 1")) {
            return row.next();
        }
    }

    /** Looks in the connection's current schema, whichever case the database folds unquoted names to. */
    private static boolean tableExists(Connection connection, String table) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        for (String name : new String[] {table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT)}) {
            try (ResultSet tables = metaData.getTables(connection.getCatalog(), connection.getSchema(), name, null)) {
                while (tables.next()) {
                    if (table.equalsIgnoreCase(tables.getString("TABLE_NAME"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static void commitIfManual(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    private static void rollbackIfManual(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.rollback();
        }
    }
}
