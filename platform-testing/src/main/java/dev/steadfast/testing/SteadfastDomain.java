package dev.steadfast.testing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A Steadfast domain for a test class, as a JUnit 5 extension ({@code @RegisterExtension static final}): before the
 * class, it stops a domain a killed run may have left in its state directory, then brings the local topology up
 * with {@code bin/steadfast up} (on PostgreSQL when {@code STEADFAST_IT_JDBC_URL} names one); after the class, also
 * when something failed, it brings it down. Every address a test uses comes from {@code steadfast status --json},
 * never from a constant. It needs a Steadfast checkout ({@code steadfast.root}) and a state directory
 * ({@code steadfast.cluster.state}), both system properties.
 */
public final class SteadfastDomain implements BeforeAllCallback, AfterAllCallback {

    private final Path root = Path.of(required("steadfast.root")).toAbsolutePath().normalize();
    private final Path state = Path.of(required("steadfast.cluster.state")).toAbsolutePath().normalize();
    private JsonObject status;

    @Override
    public void beforeAll(ExtensionContext context) {
        steadfast(List.of("down"), true);
        List<String> up = new ArrayList<>(List.of("up"));
        String jdbcUrl = System.getenv("STEADFAST_IT_JDBC_URL");
        if (jdbcUrl != null && !jdbcUrl.isBlank()) {
            up.addAll(List.of("--db", "postgresql", "--jdbc-url", jdbcUrl, "--db-user", System.getenv("STEADFAST_IT_DB_USER"),
                    "--db-password-file", System.getenv("STEADFAST_IT_DB_PASSWORD_FILE")));
        }
        steadfast(up, false);
        try (JsonReader reader = Json.createReader(new StringReader(steadfast(List.of("status", "--json"), false)))) {
            status = reader.readObject();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        steadfast(List.of("down"), true);
    }

    /** Deploys an archive to an application group, one server at a time. */
    public void deploy(Path archive, String group) {
        steadfast(List.of("deploy", archive.toString(), "--group", group), false);
    }

    /** The HTTPS address users reach, with a path: {@code balancer("shop/")}. */
    public URI balancer(String path) {
        return URI.create(status.getString("balancer") + "/").resolve(path);
    }

    /** Each worker's own HTTPS address (bypassing the balancer), with a path. */
    public List<URI> workers(String path) {
        return status.getJsonArray("servers").getValuesAs(JsonObject.class).stream().filter(s -> !s.getBoolean("balancer"))
                .map(s -> URI.create(s.getString("https") + "/").resolve(path)).toList();
    }

    /** The JDBC URL the servers use. */
    public String databaseUrl() {
        return status.getString("database");
    }

    /** The domain's generated secrets (passwords 0600, the certificate to trust). */
    public Path secrets() {
        return Path.of(status.getString("secrets"));
    }

    /** A browser-like client trusting the domain's certificate. */
    public TestClient client(URI base) {
        return new TestClient(base, secrets());
    }

    /** The same, signed in as the applications' administrator that {@code steadfast up} makes on every host (role admin). */
    public TestClient applicationAdmin(URI base) {
        return client(base).signedInAs("app-admin", TestServer.read(secrets().resolve("app-admin.password")));
    }

    /** kill -9 of one server of this domain, found by its name and this state directory in its command line. */
    public void kill(String server) {
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

    /** Runs bin/steadfast with this state directory; returns its output. A refusal is fine only where said. */
    private String steadfast(List<String> args, boolean refusalIsFine) {
        List<String> command = new ArrayList<>(List.of(root.resolve("bin/steadfast").toString()));
        command.addAll(args);
        try {
            Path log = Files.createDirectories(state).resolve("steadfast-" + args.get(0) + ".log");
            Path errors = log.resolveSibling("steadfast-" + args.get(0) + ".err");
            ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(log.toFile()).redirectError(errors.toFile());
            pb.environment().put("STEADFAST_STATE", state.toString());
            Process p = pb.start();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("steadfast " + String.join(" ", args) + " did not finish in 10 minutes");
            }
            String output = Files.readString(log);
            if (p.exitValue() == 1 || (p.exitValue() == 2 && !refusalIsFine)) {
                throw new AssertionError("steadfast " + String.join(" ", args) + " failed:\n" + output + Files.readString(errors));
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set: the cluster tests need it (see the shop's pom).");
        }
        return value;
    }
}
