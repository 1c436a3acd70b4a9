package dev.steadfast.shop.benchmark;

import java.io.StringReader;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.steadfast.testing.SteadfastCommand;
import dev.steadfast.testing.TestClient;
import dev.steadfast.testing.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * The Steadfast domain the benchmark measures: the local topology in the benchmark's own state directory, driven
 * through this checkout's steadfast command as a user drives it, every address from {@code status --json}.
 */
final class BenchmarkDomain {

    private static final String GROUP = "steadfast-apps";
    private static final Duration READY_WAIT = Duration.ofMinutes(2);
    private final SteadfastCommand command;
    private final JsonObject status;

    private BenchmarkDomain(SteadfastCommand command, JsonObject status) {
        this.command = command;
        this.status = status;
    }

    /**
     * {@code steadfast up}: the local topology, ready; first {@code down} of a domain an interrupted run left in the
     * benchmark's state, and {@code down} again when {@code up} fails half-way.
     */
    static BenchmarkDomain up(Path root, Path state) {
        SteadfastCommand command = new SteadfastCommand(root.resolve("platform-ops/target/steadfast-ops.jar"),
                root.resolve("platform-ops/target/wildfly/wildfly-dist.zip"), state);
        command.run(List.of("down"), true);
        try {
            command.run(List.of("up"), false);
            return new BenchmarkDomain(command, Json.createReader(new StringReader(command.run(List.of("status", "--json"), false))).readObject());
        } catch (RuntimeException | AssertionError e) {
            command.run(List.of("down"), true);
            throw e;
        }
    }

    void down() {
        command.run(List.of("down"), true);
    }

    Path state() {
        return command.state();
    }

    /**
     * The WAR on the application servers, ready on every worker and at the balancer: {@code rollout} when a shop
     * runs there already (one server at a time, as a user replaces a release), {@code deploy} otherwise.
     */
    void release(Path war) {
        boolean running = client(balancer()).get("health/live").statusCode() == 200;
        command.run(List.of(running ? "rollout" : "deploy", war.toString(), "--group", GROUP), false);
        List<URI> addresses = new ArrayList<>(workers());
        addresses.add(balancer());
        Instant deadline = Instant.now().plus(READY_WAIT);
        for (URI shop : addresses) {
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
        TestClient admin = client(balancer()).signedInAs("app-admin", TestServer.read(secrets().resolve("app-admin.password")));
        for (JsonObject product : TestClient.jsonArray(admin.get("api/products")).getValuesAs(JsonObject.class)) {
            int answer = admin.put("api/admin/products/" + product.getJsonNumber("id") + "/stock", "{\"stock\":" + units + "}").statusCode();
            if (answer != 200) {
                throw new IllegalStateException("Restocking product " + product + " answered " + answer);
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

    /**
     * Whether every server is ready and every session has its two owners, as {@code status} says; a status that
     * cannot be read (a server still catching up) is a no.
     */
    boolean readyAndRedundant() {
        try {
            JsonObject now = Json.createReader(new StringReader(command.run(List.of("status", "--json"), true))).readObject();
            return now.getBoolean("ready", false) && now.getJsonArray("servers").getValuesAs(JsonObject.class).stream()
                    .allMatch(s -> s.getBoolean("balancer") || s.getBoolean("redundant", false));
        } catch (RuntimeException | AssertionError e) {
            return false;
        }
    }

    private Path secrets() {
        return Path.of(status.getString("secrets"));
    }

    private TestClient client(URI base) {
        return new TestClient(base, secrets());
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
