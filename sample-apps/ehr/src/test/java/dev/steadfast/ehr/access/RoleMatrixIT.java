package dev.steadfast.ehr.access;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import dev.steadfast.ehr.Hospital;
import dev.steadfast.ehr.Hospital.Staff;
import dev.steadfast.testing.Deployments;
import dev.steadfast.testing.Problems;
import dev.steadfast.testing.TestClient;

/**
 * Every endpoint against every role, signed in through the EHR's own realm: each allows exactly the roles the README's
 * table names (2xx) and refuses the others (403 problem), every refusal of a signed-in caller is in the audit trail as
 * DENIED with its action, and nobody who has not signed in gets anything (401 problem).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoleMatrixIT {

    private static final String TEAM = "ward-a";
    private static final List<String> ROLES = List.of("clinician", "nurse", "receptionist", "auditor", "admin");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployment;

    /** One endpoint: what the trail calls it, the roles it allows, and the request (given the matrix's patients). */
    private record Endpoint(String action, Set<String> allowed, Function<TestClient, HttpResponse<String>> call) {
    }

    @Test
    void everyEndpointAllowsExactlyItsRolesAndEveryRefusalIsInTheTrailAsDenied() {
        Hospital hospital = Hospital.at(deployment);
        Map<String, Staff> staff = new LinkedHashMap<>();
        for (String role : ROLES) {
            staff.put(role, hospital.hire(role, role.equals("clinician") || role.equals("nurse") ? TEAM : null));
        }
        long patient = hospital.register(staff.get("receptionist"), "Matrix", TEAM);
        long elsewhere = hospital.register(staff.get("receptionist"), "Elsewhere", "ward-b");
        String account = hospital.hire("auditor", null).username();

        List<Executable> cells = new ArrayList<>();
        List<String[]> refusals = new ArrayList<>();
        for (Endpoint endpoint : endpoints(patient, elsewhere, account)) {
            for (String role : ROLES) {
                HttpResponse<String> answer = endpoint.call().apply(staff.get(role).client());
                String cell = endpoint.action() + " as " + role + ": " + answer.statusCode() + " " + answer.body();
                if (endpoint.allowed().contains(role)) {
                    cells.add(() -> assertTrue(answer.statusCode() / 100 == 2, cell));
                } else {
                    cells.add(() -> Problems.assertProblem(answer, 403));
                    refusals.add(new String[] {staff.get(role).username(), endpoint.action()});
                }
            }
        }
        assertAll(cells);

        TestClient auditor = staff.get("auditor").client();
        for (String[] refusal : refusals) {
            HttpResponse<String> trail = auditor.get("api/audit?user=" + refusal[0] + "&limit=1000");
            assertEquals(200, trail.statusCode(), trail.body());
            boolean recorded = TestClient.json(trail).getJsonArray("records").getValuesAs(JsonObject.class).stream()
                    .map(r -> r.getJsonObject("entry"))
                    .anyMatch(e -> e.getString("action").equals(refusal[1]) && e.getString("outcome").equals("DENIED"));
            assertTrue(recorded, refusal[0] + "'s refused " + refusal[1] + " is in the trail as DENIED");
        }
    }

    @Test
    void nobodyWhoHasNotSignedInGetsAnythingButA401() {
        Hospital hospital = Hospital.at(deployment);
        long patient = hospital.register(hospital.hire("receptionist", null), "Anonymous", TEAM);
        TestClient anonymous = hospital.anonymous();
        List<Executable> cells = new ArrayList<>();
        cells.add(() -> Problems.assertProblem(anonymous.get("api/me"), 401));
        for (Endpoint endpoint : endpoints(patient, patient, "nobody")) {
            HttpResponse<String> answer = endpoint.call().apply(anonymous);
            cells.add(() -> Problems.assertProblem(answer, 401));
        }
        assertAll(cells);
    }

    @Test
    void aWrongPasswordSignsNobodyInAndADisabledAccountLosesTheSessionItHasAndCannotSignInAgain() {
        Hospital hospital = Hospital.at(deployment);
        Staff nurse = hospital.hire("nurse", TEAM);
        assertEquals(200, nurse.client().get("api/me").statusCode(), "positive control: signed in");

        HttpResponse<String> wrong = hospital.anonymous().formSignIn(nurse.username(), "not-the-password-at-all");
        assertEquals(200, wrong.statusCode(), "the error page");
        assertTrue(wrong.body().contains("Not signed in"), wrong.body());

        assertEquals(200, hospital.admin().client().put("api/staff/" + nurse.username() + "/active", "{\"active\":false}").statusCode());
        Problems.assertProblem(nurse.client().get("api/me"), 401);
        Problems.assertProblem(nurse.client().get("api/me"), 401);
        HttpResponse<String> again = hospital.anonymous().formSignIn(nurse.username(), nurse.password());
        assertTrue(again.body().contains("Not signed in"), "the right password of a disabled account: " + again.statusCode());
    }

    @Test
    void aSignInPostedFromAnotherSiteSignsNobodyIn() {
        Hospital hospital = Hospital.at(deployment);
        Staff nurse = hospital.hire("nurse", TEAM);
        TestClient victim = hospital.anonymous();
        HttpResponse<String> crossSite = victim.send(victim.formSignInRequest(nurse.username(), nurse.password())
                .header("Sec-Fetch-Site", "cross-site"));
        assertEquals(403, crossSite.statusCode());
        Problems.assertProblem(victim.get("api/me"), 401);

        TestClient own = hospital.anonymous();
        assertEquals(302, own.send(own.formSignInRequest(nurse.username(), nurse.password()).header("Sec-Fetch-Site", "same-origin"))
                .statusCode(), "positive control: the page's own form");
        assertEquals(200, own.get("api/me").statusCode());
    }

    @Test
    void aRoleThatMayNotCallAMethodIsRefusedBeforeItsInputIsReadAndTheRefusalIsRecorded() {
        Hospital hospital = Hospital.at(deployment);
        Staff nurse = hospital.hire("nurse", TEAM);
        Staff auditor = hospital.hire("auditor", null);

        Problems.assertProblem(nurse.client().post("api/staff", "{\"username\": 42, not json"), 403);
        Problems.assertProblem(auditor.client().get("api/patients?name="), 403);

        List<String> denied = TestClient.json(auditor.client().get("api/audit?user=" + nurse.username())).getJsonArray("records")
                .getValuesAs(JsonObject.class).stream().map(r -> r.getJsonObject("entry"))
                .filter(e -> e.getString("outcome").equals("DENIED")).map(e -> e.getString("action")).toList();
        assertEquals(List.of("staff.open"), denied);
    }

    @Test
    void anOperatorKeepsItsSuffixInTheApplicationAndTheTrailWhichNoStaffAccountCanTake() {
        Hospital hospital = Hospital.at(deployment);
        JsonObject me = TestClient.json(hospital.admin().client().get("api/me"));
        assertEquals(List.of("admin"), me.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());
        assertEquals("ehr-admin@operator", me.getString("username"), me.toString());
        Problems.assertProblem(hospital.admin().client().post("api/staff", "{\"username\":\"ehr-admin@operator\",\"displayName\":\"X\","
                + "\"roles\":[\"admin\"],\"password\":\"" + "p".repeat(16) + "\"}"), 400);
    }

    private static List<Endpoint> endpoints(long patient, long elsewhere, String account) {
        String demographics = "{\"familyName\":\"Matrix\",\"givenName\":\"Test\",\"birthDate\":\"1970-01-01\",\"careTeam\":\"" + TEAM + "\"}";
        String observation = "{\"kind\":\"OBSERVATION\",\"code\":\"8867-4\",\"description\":\"Heart rate\",\"value\":\"72\",\"unit\":\"/min\"}";
        return List.of(
                new Endpoint("staff.open", Set.of("admin"), c -> c.post("api/staff", "{\"username\":\"m" + System.nanoTime()
                        + "\",\"displayName\":\"M\",\"roles\":[\"auditor\"],\"password\":\"" + "p".repeat(16) + "\"}")),
                new Endpoint("staff.list", Set.of("admin"), c -> c.get("api/staff")),
                new Endpoint("staff.activation", Set.of("admin"), c -> c.put("api/staff/" + account + "/active", "{\"active\":true}")),
                new Endpoint("patient.register", Set.of("receptionist"), c -> c.post("api/patients", demographics)),
                new Endpoint("patient.search", Set.of("receptionist", "clinician", "nurse"), c -> c.get("api/patients?name=Matr")),
                new Endpoint("patient.read", Set.of("receptionist", "clinician", "nurse"), c -> c.get("api/patients/" + patient)),
                new Endpoint("patient.correct", Set.of("receptionist"), c -> c.put("api/patients/" + patient, demographics)),
                new Endpoint("chart.read", Set.of("clinician", "nurse"), c -> c.get("api/patients/" + patient + "/chart")),
                new Endpoint("chart.add", Set.of("clinician", "nurse"), c -> c.post("api/patients/" + patient + "/chart", observation)),
                new Endpoint("patient.break-glass", Set.of("clinician"), c -> c.send(c.request("api/patients/" + elsewhere + "/break-glass")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"Matrix test: covering the night shift\"}"))
                        .header("Content-Type", "application/json"))),
                new Endpoint("patient.break-glass.list", Set.of("clinician", "nurse", "auditor"),
                        c -> c.get("api/patients/" + patient + "/break-glass")),
                new Endpoint("audit.review", Set.of("auditor"), c -> c.get("api/audit?patient=" + patient)));
    }
}
