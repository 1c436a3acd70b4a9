package dev.steadfast.shop.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.steadfast.testing.TestClient;

/**
 * The local two-host HA domain of this Steadfast checkout, driven by its bin/steadfast with a state directory of
 * the test's own (so that it only ever touches what it started). The database is PostgreSQL when the
 * environment names one (STEADFAST_IT_JDBC_URL, _DB_USER, _DB_PASSWORD_FILE, as bin/postgresql-setup prints them),
 * else the domain's own H2.
 */
final class LocalCluster {

    static final String BALANCER = "https://127.0.0.11:8443/shop/";
    /** Each worker's own HTTPS listener (group steadfast-apps, port offset 100), bypassing the balancer. */
    static final List<String> WORKERS = List.of("https://127.0.0.11:8543/shop/", "https://127.0.0.12:8543/shop/");

    private final Path root = Path.of(System.getProperty("steadfast.root")).toAbsolutePath().normalize();
    private final Path state = Path.of(System.getProperty("steadfast.cluster.state")).toAbsolutePath().normalize();

    void up() {
        List<String> args = new ArrayList<>(List.of("up"));
        if (postgresql()) {
            args.addAll(List.of("--db", "postgresql", "--jdbc-url", System.getenv("STEADFAST_IT_JDBC_URL"),
                    "--db-user", System.getenv("STEADFAST_IT_DB_USER"),
                    "--db-password-file", System.getenv("STEADFAST_IT_DB_PASSWORD_FILE")));
        }
        steadfast(args.toArray(String[]::new));
    }

    void deploy(Path war) {
        steadfast("deploy", war.toString(), "--group", "steadfast-apps");
    }

    void down() {
        steadfast("down");
    }

    TestClient client(String base) {
        return new TestClient(URI.create(base), state.resolve("secrets"));
    }

    /** Signed in as the applications' administrator that `steadfast up` makes on every host. */
    TestClient admin(String base) {
        return client(base).signedInAs("app-admin", read(state.resolve("secrets/app-admin.password")));
    }

    Connection database() throws SQLException {
        if (postgresql()) {
            return DriverManager.getConnection(System.getenv("STEADFAST_IT_JDBC_URL"), System.getenv("STEADFAST_IT_DB_USER"),
                    read(Path.of(System.getenv("STEADFAST_IT_DB_PASSWORD_FILE"))));
        }
        return DriverManager.getConnection("jdbc:h2:tcp://127.0.0.11:9092/steadfast", "steadfast",
                read(state.resolve("secrets/db.password")));
    }

    /** kill -9 of one server of this domain, found by its name and this state directory in its command line. */
    void kill(String server) {
        List<ProcessHandle> matches = ProcessHandle.allProcesses().filter(p -> {
            String cmd = p.info().commandLine().orElse("");
            return cmd.contains("[Server:" + server + "]") && cmd.contains(state.toString());
        }).toList();
        if (matches.size() != 1) {
            throw new AssertionError("Expected one process of server " + server + ", found " + matches.size());
        }
        ProcessHandle victim = matches.get(0);
        victim.destroyForcibly();
        victim.onExit().orTimeout(30, TimeUnit.SECONDS).join();
    }

    private boolean postgresql() {
        return System.getenv("STEADFAST_IT_JDBC_URL") != null;
    }

    private void steadfast(String... args) {
        List<String> command = new ArrayList<>(List.of(root.resolve("bin/steadfast").toString()));
        command.addAll(List.of(args));
        try {
            Path log = Files.createDirectories(state).resolve("steadfast-" + args[0] + ".log");
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().put("STEADFAST_STATE", state.toString());
            Process p = pb.start();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("steadfast " + String.join(" ", args) + " did not finish in 10 minutes");
            }
            if (p.exitValue() != 0) {
                throw new AssertionError("steadfast " + String.join(" ", args) + " failed:\n" + Files.readString(log));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
