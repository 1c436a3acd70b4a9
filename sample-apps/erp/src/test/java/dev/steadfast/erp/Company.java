package dev.steadfast.erp;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import dev.steadfast.testing.TestClient;
import dev.steadfast.testing.TestServer;

/**
 * The ERP's tests' company, in its own words: the operator's application administrator opens the company's admin,
 * who opens its users (each with a fresh random password); each user is a signed-in session of their own.
 */
public final class Company {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private final String name;
    private final URI base;
    private final Path secrets;
    private final User operator;
    private final User admin;

    private Company(String name, URI base, Path secrets, User operator) {
        this.name = name;
        this.base = base;
        this.secrets = secrets;
        this.operator = operator;
        this.admin = open(operator, "admin", "admin");
    }

    /** A new company on the test server, whose first admin the test server's application user {@code erp-admin} opens. */
    public static Company founded(URL deployment, String prefix) {
        return at(new TestClient(deployment).base(), TestServer.secrets(), "erp-admin@operator", TestServer.applicationUserPassword("erp-admin"),
                named(prefix));
    }

    /** A new company called {@code name} at the ERP's address (a cluster's balancer), opened by the operator given. */
    public static Company at(URI base, Path secrets, String operator, String operatorPassword, String name) {
        return new Company(name, base, secrets, signIn(base, secrets, operator, operatorPassword));
    }

    /** A company name no other test run has: the prefix, a counter and a random suffix. */
    public static String named(String prefix) {
        return prefix + "-" + NEXT.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }

    public String name() {
        return name;
    }

    public User admin() {
        return admin;
    }

    /** The operator's application administrator, signed in as {@code erp-admin@operator}, who opened this company. */
    public User operator() {
        return operator;
    }

    /** A new user of this company with the roles, signed in on a session of their own. */
    public User hire(String... roles) {
        return open(admin, String.join("-", roles), roles);
    }

    /** A session nobody signed in on. */
    public TestClient anonymous() {
        return new TestClient(base, secrets);
    }

    private User open(User by, String local, String... roles) {
        String username = local + "-" + NEXT.incrementAndGet() + "@" + name;
        String password = TestClient.randomPassword();
        JsonArrayBuilder granted = Json.createArrayBuilder();
        for (String role : roles) {
            granted.add(role);
        }
        HttpResponse<String> opened = by.client().post("api/users", Json.createObjectBuilder().add("username", username)
                .add("displayName", "Test " + local).add("roles", granted).add("password", password).build().toString());
        if (opened.statusCode() != 201) {
            throw new AssertionError("No account " + username + ": " + opened.statusCode() + " " + opened.body());
        }
        return signIn(base, secrets, username, password);
    }

    private static User signIn(URI base, Path secrets, String username, String password) {
        return new User(username, password, secrets, TestClient.signedInByForm(base, secrets, username, password));
    }

    /** A signed-in user and their session (and their password, to sign in again elsewhere). */
    public record User(String username, String password, Path secrets, TestClient client) {

        /** The same user, signed in on a new session at another address (one worker of a cluster). */
        public User at(URI base) {
            return signIn(base, secrets, username, password);
        }

        /** Sends and expects the status; the JSON answer. */
        public JsonObject expect(int status, HttpResponse<String> response) {
            if (response.statusCode() != status) {
                throw new AssertionError(username + " expected " + status + ": " + response.statusCode() + " " + response.body());
            }
            return response.body().isEmpty() || !response.body().startsWith("{") ? JsonObject.EMPTY_JSON_OBJECT : TestClient.json(response);
        }

        /** Starts the company's MRP run as this planner and waits (at most a minute) for it to end; the ended run. */
        public JsonObject plannedNow() {
            return runEnded(expect(202, client.post("api/mrp/runs", "")).getJsonNumber("runId").longValue());
        }

        /** Waits (at most a minute) for the company's MRP run to end, COMPLETED or not; the ended run. */
        public JsonObject runEnded(long execution) {
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (true) {
                JsonObject run = expect(200, client.get("api/mrp/runs/" + execution));
                if (!Set.of("STARTING", "STARTED", "STOPPING").contains(run.getString("status"))) {
                    return run;
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("MRP run " + execution + " still " + run.getString("status") + " after a minute");
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted", e);
                }
            }
        }
    }
}
