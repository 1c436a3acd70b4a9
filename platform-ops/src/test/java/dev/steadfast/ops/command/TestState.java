package dev.steadfast.ops.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jboss.dmr.ModelNode;

import dev.steadfast.ops.management.Management;
import dev.steadfast.ops.provision.Secrets;
import dev.steadfast.ops.topology.Ports;

/**
 * Where a test keeps its domain (under target/, never the user's state), how it reaches its management API,
 * and the PostgreSQL database that .ci/run provides through STEADFAST_IT_JDBC_URL, STEADFAST_IT_DB_USER and
 * STEADFAST_IT_DB_PASSWORD_FILE.
 */
public final class TestState {

    private TestState() {}

    public static Path directory(String name) {
        Path dir = Path.of("target", "it-state", name).toAbsolutePath();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /**
     * A test's directory emptied first, for a test whose assertions depend on the domain's history (where a rollout
     * left its servers): a domain the test left up must have been brought down by it (every such test does, even on
     * failure); one that was not holds its ports, and the next {@code up} refuses loudly.
     */
    public static Path freshDirectory(String name) {
        Path dir = Path.of("target", "it-state", name).toAbsolutePath();
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return directory(name);
    }

    public static boolean postgresqlGiven() {
        String url = System.getenv("STEADFAST_IT_JDBC_URL");
        return url != null && !url.isBlank();
    }

    /** {@code up} on the PostgreSQL database given, for a state of one session (no class-data archives). */
    public static String[] upOnPostgresql() {
        List<String> up = new ArrayList<>(List.of("up", "--no-class-data-archives"));
        up.addAll(postgresqlOptions());
        return up.toArray(String[]::new);
    }

    /** The options that choose the PostgreSQL database given, as up, provision and render take them. */
    public static List<String> postgresqlOptions() {
        return List.of("--db", "postgresql", "--jdbc-url", System.getenv("STEADFAST_IT_JDBC_URL"),
            "--db-user", System.getenv("STEADFAST_IT_DB_USER"), "--db-password-file", System.getenv("STEADFAST_IT_DB_PASSWORD_FILE"));
    }

    /** The management API of a test's domain, as its generated administrator. */
    static Management management(Path state) {
        return managementAs(state, Secrets.ADMIN_USER, read(state.resolve("secrets/admin.password")));
    }

    static Management managementAs(Path state, String user, String password) {
        return Management.connect("127.0.0.11", Ports.MANAGEMENT_HTTPS, state.resolve("secrets/steadfast-trust.p12"),
                read(state.resolve("secrets/tls.password")), user, password);
    }

    /** A client that offers no credentials at all: only JBOSS-LOCAL-USER could let it in. */
    static Management managementWithoutCredentials(Path state) {
        return Management.connect("127.0.0.11", Ports.MANAGEMENT_HTTPS, state.resolve("secrets/steadfast-trust.p12"),
                read(state.resolve("secrets/tls.password")), null, null);
    }

    /** Asks a worker's SteadfastDS pool for a connection and a validation round trip to the database. */
    static boolean testConnection(Management m, String host, String server) {
        ModelNode op = Management.op("test-connection-in-pool", Management.address("host", host, "server", server,
                "subsystem", "datasources", "data-source", "SteadfastDS"));
        ModelNode result = m.execute(op);
        return result.getType() == org.jboss.dmr.ModelType.LIST ? result.get(0).asBoolean() : result.asBoolean();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
