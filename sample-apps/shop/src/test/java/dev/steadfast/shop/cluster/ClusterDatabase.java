package dev.steadfast.shop.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import dev.steadfast.testing.SteadfastDomain;

/** The cluster's own database, read straight by the test: its URL from the domain's status, the password from its secrets or the given file. */
final class ClusterDatabase {

    private ClusterDatabase() {
    }

    static Connection connect(SteadfastDomain domain) throws SQLException {
        String url = domain.databaseUrl();
        if (url.startsWith("jdbc:postgresql:")) {
            return DriverManager.getConnection(url, System.getenv("STEADFAST_IT_DB_USER"),
                    read(Path.of(System.getenv("STEADFAST_IT_DB_PASSWORD_FILE"))));
        }
        return DriverManager.getConnection(url, "steadfast", read(domain.secrets().resolve("db.password")));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
