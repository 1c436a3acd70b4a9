package dev.steadfast.ehr;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import dev.steadfast.testing.TestClient;
import dev.steadfast.testing.TestServer;

/**
 * The EHR's tests' hospital, in its own words: the operator's application administrator opens staff accounts (each
 * with a fresh random password), and each member of staff is a signed-in session of their own.
 */
public final class Hospital {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private final URI base;
    private final Path secrets;
    private final Staff admin;

    private Hospital(URI base, Path secrets, String admin, String password) {
        this.base = base;
        this.secrets = secrets;
        this.admin = signIn(admin, password);
    }

    private Hospital(URI base, Path secrets, Staff admin) {
        this.base = base;
        this.secrets = secrets;
        this.admin = admin;
    }

    /** The hospital of the test server, run by its application user {@code ehr-admin}, who signs in as an operator. */
    public static Hospital at(URL deployment) {
        TestClient client = new TestClient(deployment);
        return new Hospital(client.base(), TestServer.secrets(), "ehr-admin@operator", TestServer.applicationUserPassword("ehr-admin"));
    }

    /** The hospital at another address (a domain's balancer), run by the given administrator. */
    public static Hospital at(URI base, Path secrets, String admin, String password) {
        return new Hospital(base, secrets, admin, password);
    }

    public Staff admin() {
        return admin;
    }

    /** A new account with the role (and care team, for clinicians and nurses), signed in on a session of its own. */
    public Staff hire(String role, String careTeam) {
        String username = role + "-" + NEXT.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String password = TestClient.randomPassword();
        JsonObjectBuilder account = Json.createObjectBuilder().add("username", username).add("displayName", "Test " + role)
                .add("roles", Json.createArrayBuilder().add(role)).add("password", password);
        if (careTeam != null) {
            account.add("careTeam", careTeam);
        }
        HttpResponse<String> opened = admin.client().post("api/staff", account.build().toString());
        if (opened.statusCode() != 201) {
            throw new AssertionError("No account for a " + role + ": " + opened.statusCode() + " " + opened.body());
        }
        return signIn(username, password);
    }

    /** A session signed in with the name and password; fails the test if the sign-in is refused. */
    public Staff signIn(String username, String password) {
        return new Staff(username, password, TestClient.signedInByForm(base, secrets, username, password));
    }

    /** A session of the given member of staff signed in at another address of the same hospital (one worker, say). */
    public Staff signIn(Staff member, URI at) {
        return new Hospital(at, secrets, admin).signIn(member.username(), member.password());
    }

    /** A session nobody signed in on. */
    public TestClient anonymous() {
        return new TestClient(base, secrets);
    }

    /** A patient registered by the receptionist, in the care team: the patient's id. */
    public long register(Staff receptionist, String familyName, String careTeam) {
        HttpResponse<String> registered = receptionist.client().post("api/patients", Json.createObjectBuilder()
                .add("familyName", familyName).add("givenName", "Test").add("birthDate", "1970-01-01")
                .add("careTeam", careTeam).build().toString());
        if (registered.statusCode() != 201) {
            throw new AssertionError("Not registered: " + registered.statusCode() + " " + registered.body());
        }
        return TestClient.json(registered).getJsonNumber("id").longValue();
    }

    /** A signed-in member of staff: the name, the password (to sign in elsewhere too) and the session. */
    public record Staff(String username, String password, TestClient client) {
    }
}
