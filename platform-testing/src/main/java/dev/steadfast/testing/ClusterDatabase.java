package dev.steadfast.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** The cluster's own database, read straight by the test: its URL from the domain's status, the password from its secrets or the given file. */
public final class ClusterDatabase {

    private ClusterDatabase() {
    }

    public static Connection connect(SteadfastDomain domain) throws SQLException {
        String url = domain.databaseUrl();
        if (url.startsWith("jdbc:postgresql:")) {
            return DriverManager.getConnection(url, System.getenv("STEADFAST_IT_DB_USER"),
                    read(Path.of(System.getenv("STEADFAST_IT_DB_PASSWORD_FILE"))));
        }
        return DriverManager.getConnection(url, "steadfast", read(domain.secrets().resolve("db.password")));
    }

    /**
     * Drops the audit tables, so the applications start a new chain (do it before deploying them). A kept PostgreSQL database holds the chain of an
     * earlier run, sealed with that run's audit keys, which this run's freshly set-up domain does not hold: its
     * verification would rightly name record 1.
     */
    public static void startANewAuditChain(SteadfastDomain domain) throws SQLException {
        try (Connection db = connect(domain); Statement drop = db.createStatement()) {
            for (String table : new String[] {"steadfast_audit", "steadfast_audit_head", "steadfast_audit_pending",
                "steadfast_audit_v1", "steadfast_audit_head_v1"}) {
                drop.executeUpdate("DROP TABLE IF EXISTS " + table);
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
