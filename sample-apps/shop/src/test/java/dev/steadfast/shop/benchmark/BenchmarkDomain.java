package dev.steadfast.shop.benchmark;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.steadfast.testing.TestClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * The domain the benchmark measures, driven through this checkout's {@code bin/steadfast} with its state directory
 * ({@code STEADFAST_STATE}), never through anything the command does not offer a user. Every address comes from
 * {@code steadfast status --json}.
 */
final class BenchmarkDomain {

    static final String GROUP = "steadfast-apps";
    private static final Duration READY_WAIT = Duration.ofMinutes(2);
    private final Path steadfast;
    private final Path state;
    private JsonObject status;

    private BenchmarkDomain(Path steadfast, Path state) {
        this.steadfast = steadfast;
        this.state = state;
    }

    /** {@code steadfast up}: the local topology, ready. */
    static BenchmarkDomain up(Path root, Path state) {
        BenchmarkDomain domain = new BenchmarkDomain(root.resolve("bin/steadfast"), state);
        domain.run("up");
        domain.status = Json.createReader(new StringReader(domain.run("status", "--json"))).readObject();
        return domain;
    }

    void down() {
        run("down");
    }

    Path state() {
        return state;
    }

    /**
     * The WAR on the application servers, ready on every worker and at the balancer: {@code rollout} when a shop
     * runs there already (one server at a time, as a user would replace it), {@code deploy} otherwise.
     */
    void release(Path war) {
        boolean running = client(balancer()).get("health/live").statusCode() == 200;
        run(running ? "rollout" : "deploy", war.toString(), "--group", GROUP);
        Instant deadline = Instant.now().plus(READY_WAIT);
        for (URI shop : List.of(balancer(), workers().get(0), workers().get(1))) {
            while (client(shop).get("health/ready").statusCode() != 200) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("The shop is not ready at " + shop);
                }
                pause(Duration.ofSeconds(1));
            }
        }
    }

    /** Every product's stock high enough for any run, set the way the shop's administrator sets it. */
    void restock(int units) {
        TestClient admin = client(balancer()).signedInAs("app-admin", read(secrets().resolve("app-admin.password")));
        for (JsonObject product : TestClient.jsonArray(admin.get("api/products")).getValuesAs(JsonObject.class)) {
            int status = admin.put("api/admin/products/" + product.getJsonNumber("id") + "/stock", "{\"stock\":" + units + "}").statusCode();
            if (status != 200) {
                throw new IllegalStateException("Restocking product " + product + " answered " + status);
            }
        }
    }

    /** The shop through the balancer, as users reach it. */
    URI balancer() {
        return URI.create(status.getString("balancer") + "/shop/");
    }

    /** The shop on each worker's own HTTPS listener, which asks for the domain's client key. */
    List<URI> workers() {
        return status.getJsonArray("servers").getValuesAs(JsonObject.class).stream().filter(s -> !s.getBoolean("balancer"))
                .map(s -> URI.create(s.getString("https") + "/shop/")).toList();
    }

    /** The domain's client key, which the balancer presents to the workers, and its password file. */
    LoadRun.ClientKey clientKey() {
        return new LoadRun.ClientKey(secrets().resolve("steadfast-tls.p12"), secrets().resolve("tls.password"));
    }

    /** Whether every server is ready and every session has its two owners, as {@code status} says. */
    boolean readyAndRedundant() {
        JsonObject now = Json.createReader(new StringReader(run("status", "--json"))).readObject();
        return now.getBoolean("ready") && now.getJsonArray("servers").getValuesAs(JsonObject.class).stream()
                .allMatch(s -> s.getBoolean("balancer") || s.getBoolean("redundant"));
    }

    private Path secrets() {
        return Path.of(status.getString("secrets"));
    }

    private TestClient client(URI base) {
        return new TestClient(base, secrets());
    }

    private String run(String... args) {
        try {
            Path log = Files.createDirectories(state).resolve("benchmark-steadfast-" + args[0] + ".log");
            Path errors = log.resolveSibling("benchmark-steadfast-" + args[0] + ".err");
            ProcessBuilder command = new ProcessBuilder(steadfast.toString()).redirectOutput(log.toFile()).redirectError(errors.toFile());
            command.command().addAll(List.of(args));
            command.environment().put("STEADFAST_STATE", state.toString());
            Process p = command.start();
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException("steadfast " + String.join(" ", args) + " failed:\n" + Files.readString(log)
                        + Files.readString(errors));
            }
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).strip();
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
