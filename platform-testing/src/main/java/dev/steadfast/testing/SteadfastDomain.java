package dev.steadfast.testing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A Steadfast domain for the cluster tests of a run, as a JUnit 5 extension ({@code @RegisterExtension static final}
 * in each test class that needs it). Before the first such class, it stops a domain a killed run may have left in
 * its state directory, then brings the local topology up with {@code steadfast up} (on PostgreSQL when
 * {@code STEADFAST_IT_JDBC_URL} names one). The classes of the run share that one domain; when the run ends, also
 * when something failed, it is brought down. After each class, a fence in the supervisors' logs fails it: no cluster
 * test hangs a server, so a fence is a false one. Every address a test uses comes from {@code steadfast status --json},
 * never from a constant.
 * <p>
 * The command is the one steadfast-app-parent unpacks for {@code -Pcluster}: the system properties
 * {@code steadfast.command} (its jar), {@code steadfast.wildfly.distribution} and {@code steadfast.cluster.state}
 * (a state directory of the build's own) say where things are.
 */
public final class SteadfastDomain implements BeforeAllCallback, AfterAllCallback {

    private static final Duration READY_WAIT = Duration.ofSeconds(60);
    private static final Duration HEAL_WAIT = Duration.ofMinutes(3);
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SteadfastDomain.class);
    private static final String CLASS_STARTED = "class started";
    private static final String APPLICATION_ADMIN = "app-admin";
    private Running running;
    private final Set<String> frozen = ConcurrentHashMap.newKeySet();

    /**
     * The run's domain. When a class before this one killed one of its servers, the host's supervisor has started it
     * again: the domain is used once {@code status} says it is ready and redundant again, and replaced by a new one
     * only if it does not become so.
     */
    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put(CLASS_STARTED, Instant.now());
        ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
        running = store.getOrComputeIfAbsent(Running.class, k -> Running.start(), Running.class);
        if (running.degraded && running.healed()) {
            running.degraded = false;
        }
        if (running.degraded) {
            store.remove(Running.class);
            running.close();
            running = store.getOrComputeIfAbsent(Running.class, k -> Running.start(), Running.class);
        }
    }

    /**
     * Fails the class if a supervisor of the run's domain has fenced a server so far: a cluster test may kill a server
     * (the supervisor restarts it), but none hangs one, so a fence is a false one, of a healthy server; except a fence
     * of a server the class froze ({@link #freeze}).
     */
    @Override
    public void afterAll(ExtensionContext context) {
        Instant classStarted = context.getStore(NAMESPACE).get(CLASS_STARTED, Instant.class);
        if (running == null || classStarted == null) {
            return;
        }
        List<String> fences = Fences.since(running.command.state(), classStarted).stream()
                .filter(fence -> !frozen.contains(serverOf(fence))).toList();
        frozen.clear();
        if (!fences.isEmpty()) {
            throw new AssertionError("A supervisor fenced a server while this class ran, and no test hung one: " + fences);
        }
    }

    /**
     * Deploys a Steadfast application's WAR to an application group, one server at a time, and returns once it is
     * ready on every worker and through the balancer: {@code health/ready} of its context (the WAR's name) answers
     * 200 at each, the balancer's answer coming once mod_cluster has enabled the context.
     */
    public void deploy(Path war, String group) {
        release("deploy", war, group);
    }

    /**
     * Rolls a new release of a deployed application out to its group with {@code steadfast rollout}: one server at a
     * time, each back in only once it is ready on the new release (docs/reasons.md#twin-server-groups). Returns, as
     * {@link #deploy} does, once the release is ready on every worker and through the balancer.
     */
    public void rollout(Path war, String group) {
        release("rollout", war, group);
    }

    /** {@code steadfast deploy} or {@code rollout} of the WAR, then its context's readiness awaited at every address. */
    private void release(String command, Path war, String group) {
        running.command.run(List.of(command, war.toString(), "--group", group), false);
        String context = war.getFileName().toString().replaceFirst("\\.war$", "") + "/";
        List<URI> addresses = new ArrayList<>(workers(context));
        addresses.add(balancer(context));
        for (URI address : addresses) {
            awaitReady(client(address));
        }
    }

    /** The HTTPS address users reach, with a path: {@code balancer("shop/")}. */
    public URI balancer(String path) {
        return URI.create(running.status.getString("balancer") + "/").resolve(path);
    }

    /** Each worker's own HTTPS address (bypassing the balancer), with a path. */
    public List<URI> workers(String path) {
        return running.status.getJsonArray("servers").getValuesAs(JsonObject.class).stream().filter(s -> !s.getBoolean("balancer"))
                .map(s -> URI.create(s.getString("https") + "/").resolve(path)).toList();
    }

    /**
     * From every worker's metrics page (its probe listener, read with the domain's key), the sum of the samples of
     * {@code name} that carry every one of {@code labels} ({@code key="value"}), one figure per worker; see {@link MetricsPage}.
     */
    public List<Double> workerMetrics(String name, String... labels) {
        return running.status.getJsonArray("servers").getValuesAs(JsonObject.class).stream().filter(s -> !s.getBoolean("balancer"))
                .map(s -> {
                    URI page = URI.create(s.getString("metrics"));
                    return MetricsPage.sum(client(page).get(page.toString()).body(), name, labels);
                }).toList();
    }

    /** The JDBC URL the servers use. */
    public String databaseUrl() {
        return running.status.getString("database");
    }

    /** The domain's generated secrets (passwords 0600, the certificate to trust). */
    public Path secrets() {
        return Path.of(running.status.getString("secrets"));
    }

    /** A browser-like client trusting the domain's certificate. */
    public TestClient client(URI base) {
        return new TestClient(base, secrets());
    }

    /** The same, signed in as the applications' administrator that {@code steadfast up} makes on every host (role admin). */
    public TestClient applicationAdmin(URI base) {
        return client(base).signedInAs(APPLICATION_ADMIN, applicationAdminPassword());
    }

    /** The generated password of that administrator, {@code app-admin}, for an application that signs it in otherwise (a form). */
    public String applicationAdminPassword() {
        return TestServer.read(secrets().resolve(APPLICATION_ADMIN + ".password"));
    }

    /**
     * kill -9 of one server of this domain, found by its name and this domain's state directory in its command line.
     * The domain is then short of a server until its supervisor has started it again; the next test class of the run
     * waits for that.
     */
    public void kill(String server) {
        running.degraded = true;
        ProcessHandle victim = process(server);
        victim.destroyForcibly();
        victim.onExit().orTimeout(30, TimeUnit.SECONDS).join();
    }

    /**
     * SIGSTOP of one server of this domain (found as {@link #kill} finds it), left frozen: its host's supervisor fences
     * it (kills and starts it) once it stops answering, which this class then expects (a fence of another server still
     * fails it). Returns once the signal is sent.
     */
    public void freeze(String server) {
        running.degraded = true;
        ProcessHandle victim = process(server);
        frozen.add(server);
        try {
            Process stop = new ProcessBuilder("kill", "-STOP", String.valueOf(victim.pid())).inheritIO().start();
            if (stop.waitFor() != 0) {
                throw new AssertionError("kill -STOP " + victim.pid() + " of server " + server + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String serverOf(String event) {
        try (JsonReader reader = Json.createReader(new StringReader(event))) {
            return reader.readObject().getString("server", "");
        }
    }

    private ProcessHandle process(String server) {
        List<ProcessHandle> matches = ProcessHandle.allProcesses().filter(p -> {
            String cmd = p.info().commandLine().orElse("");
            return cmd.contains("[Server:" + server + "]") && cmd.contains(running.command.state().toString());
        }).toList();
        if (matches.size() != 1) {
            throw new AssertionError("Expected one process of server " + server + ", found " + matches.size());
        }
        return matches.get(0);
    }

    /**
     * A database outage until the returned handle is closed: {@code steadfast database close}, then {@code open} (the H2
     * server steadfast runs is stopped and started; a PostgreSQL database is closed to the domain's connections, which
     * are ended). The servers stay live and turn not ready; once it is open they are ready again by themselves.
     */
    public DatabaseOutage databaseOutage() {
        running.degraded = true;
        try {
            running.command.run(List.of("database", "close"), false);
        } catch (RuntimeException | AssertionError e) {
            running.command.run(List.of("database", "open"), true);
            throw e;
        }
        return () -> running.command.run(List.of("database", "open"), false);
    }

    /** A database outage under way; closing it ends it. */
    public interface DatabaseOutage extends AutoCloseable {
        @Override
        void close();
    }

    private static void awaitReady(TestClient client) {
        Instant deadline = Instant.now().plus(READY_WAIT);
        int status = 0;
        while (status != 200 && Instant.now().isBefore(deadline)) {
            try {
                status = client.get("health/ready").statusCode();
            } catch (RuntimeException e) {
                status = -1;
            }
            if (status != 200) {
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
        if (status != 200) {
            throw new AssertionError("The application is not ready at " + client.base() + " after " + READY_WAIT.toSeconds()
                    + " s (last status " + status + ")");
        }
    }

    /** The domain of this run: up once, down when the run's root context closes (JUnit closes it on failure too). */
    private static final class Running implements AutoCloseable {

        private final SteadfastCommand command;
        private final JsonObject status;
        private volatile boolean degraded;

        private Running(SteadfastCommand command, JsonObject status) {
            this.command = command;
            this.status = status;
        }

        static Running start() {
            SteadfastCommand command = SteadfastCommand.fromSystemProperties();
            command.run(List.of("down"), true);
            // A test's state lives one session: class-data archives would be written at its only down and never mapped.
            List<String> up = new ArrayList<>(List.of("up", "--no-class-data-archives"));
            up.addAll(database());
            try {
                command.run(up, false);
                try (JsonReader reader = Json.createReader(new StringReader(command.run(List.of("status", "--json"), false)))) {
                    return new Running(command, reader.readObject());
                }
            } catch (RuntimeException | AssertionError e) {
                try {
                    command.run(List.of("down"), true);
                } catch (RuntimeException | AssertionError cleanup) {
                    e.addSuppressed(cleanup);
                }
                throw e;
            }
        }

        /** Whether the domain is ready and redundant again within {@link #HEAL_WAIT}, as {@code status --json} says. */
        boolean healed() {
            Instant deadline = Instant.now().plus(HEAL_WAIT);
            while (Instant.now().isBefore(deadline)) {
                try (JsonReader reader = Json.createReader(new StringReader(command.run(List.of("status", "--json"), true)))) {
                    if (reader.readObject().getBoolean("ready", false)) {
                        return true;
                    }
                } catch (RuntimeException e) {
                    // Not an answer yet (a server still booting): asked again below.
                }
                try {
                    Thread.sleep(2000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return false;
        }

        /** PostgreSQL when STEADFAST_IT_JDBC_URL names one (with its user and password file), else the domain's H2. */
        private static List<String> database() {
            String url = System.getenv("STEADFAST_IT_JDBC_URL");
            if (url == null || url.isBlank()) {
                return List.of();
            }
            String user = System.getenv("STEADFAST_IT_DB_USER");
            String passwordFile = System.getenv("STEADFAST_IT_DB_PASSWORD_FILE");
            if (user == null || user.isBlank() || passwordFile == null || passwordFile.isBlank()) {
                throw new IllegalStateException("STEADFAST_IT_JDBC_URL is set, but STEADFAST_IT_DB_USER or STEADFAST_IT_DB_PASSWORD_FILE"
                        + " is not: eval \"$(bin/postgresql-setup)\" of a Steadfast checkout sets all three.");
            }
            return List.of("--db", "postgresql", "--jdbc-url", url, "--db-user", user, "--db-password-file", passwordFile);
        }

        @Override
        public void close() {
            command.run(List.of("down"), true);
        }
    }
}
