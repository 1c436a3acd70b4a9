package dev.steadfast.ops.provision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.steadfast.ops.UserError;
import dev.steadfast.ops.topology.DatabaseChoice;
import dev.steadfast.ops.topology.DatabaseKind;
import dev.steadfast.ops.topology.Ports;
import dev.steadfast.ops.topology.Topology;

/** The database settings SteadfastDS gets (cli-scripts/profile/100-datasource.cli); the password is a secret named "db". */
public record Database(DatabaseKind kind, String url, String user) {

    /** The user the H2 database is created for. */
    public static final String H2_USER = "steadfast";

    /**
     * The settings of a choice. For H2, the server {@code up} starts on the domain controller's private address; for
     * PostgreSQL, the given URL and user, and the password read from the user's file into the secrets.
     */
    public static Database of(Topology topology, DatabaseChoice choice, Secrets secrets) {
        if (choice.kind() == DatabaseKind.H2) {
            return new Database(DatabaseKind.H2, h2Url(topology), H2_USER);
        }
        storePassword(secrets, choice.passwordFile());
        return new Database(DatabaseKind.POSTGRESQL, choice.jdbcUrl(), choice.user());
    }

    /** Reads the password of the user's database from the user's file into the secrets, as the secret "db". */
    static void storePassword(Secrets secrets, Path passwordFile) {
        try {
            secrets.storePassword("db", Files.readString(passwordFile).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Refuses, in a sentence, to go on without the PostgreSQL driver the build resolved. */
    public static void requirePostgresqlDriver(Path driver) {
        if (driver == null || !Files.isRegularFile(driver)) {
            throw new UserError("The PostgreSQL driver is missing" + (driver == null ? "" : " at " + driver)
                    + "; build first with ./mvnw -q install -DskipTests.");
        }
    }

    /** LOCK_TIMEOUT: concurrent checkouts and audit appends wait on row locks for longer than H2's default 1 s. */
    private static String h2Url(Topology topology) {
        return "jdbc:h2:tcp://" + topology.domainController().privateAddress() + ":" + Ports.H2 + "/steadfast;LOCK_TIMEOUT=10000";
    }
}
