package dev.steadfast.ehr.breakglass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.steadfast.ehr.Hospital;
import dev.steadfast.ehr.Hospital.Staff;
import dev.steadfast.testing.Deployments;
import dev.steadfast.testing.Problems;
import dev.steadfast.testing.TestClient;

/**
 * Break-glass: a clinician outside the care team is refused the chart until they state a reason; then allowed, every
 * access flagged in the trail, listed in the auditors' review and visible to the patient's care team; the chain
 * verifies.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BreakGlassIT {

    private static final String REASON = "Patient collapsed in the emergency department; cardiology on call";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployment;

    @Test
    void aClinicianOutsideTheTeamOpensTheRecordOnlyWithAReasonAndEveryAccessIsFlaggedForAuditorsAndTheTeam() {
        Hospital hospital = Hospital.at(deployment);
        long patient = hospital.register(hospital.hire("receptionist", null), "Glass", "oncology");
        Staff outsider = hospital.hire("clinician", "cardiology");
        Staff teamNurse = hospital.hire("nurse", "oncology");
        Staff auditor = hospital.hire("auditor", null);
        String breakGlass = "api/patients/" + patient + "/break-glass";

        Problems.assertProblem(outsider.client().get("api/patients/" + patient + "/chart"), 403);
        Problems.assertProblem(outsider.client().post(breakGlass, "{\"reason\":\"because\"}"), 400);
        Problems.assertProblem(outsider.client().get("api/patients/" + patient + "/chart"), 403);

        HttpResponse<String> opened = outsider.client().post(breakGlass, "{\"reason\":\"" + REASON + "\"}");
        assertEquals(201, opened.statusCode(), opened.body());
        assertEquals(200, outsider.client().get("api/patients/" + patient + "/chart").statusCode());
        assertEquals(200, outsider.client().get("api/patients/" + patient).statusCode());

        List<JsonObject> seenByTheTeam = TestClient.jsonArray(teamNurse.client().get(breakGlass)).getValuesAs(JsonObject.class);
        assertEquals(1, seenByTheTeam.size(), seenByTheTeam.toString());
        assertEquals(outsider.username(), seenByTheTeam.get(0).getString("username"));
        assertEquals(REASON, seenByTheTeam.get(0).getString("reason"));

        JsonObject review = TestClient.json(auditor.client().get("api/audit?flagged=true&patient=" + patient));
        List<String> flagged = review.getJsonArray("records").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getJsonObject("entry")).map(e -> e.getString("principal") + " " + e.getString("action")).toList();
        assertEquals(List.of(outsider.username() + " patient.read-break-glass", outsider.username() + " chart.read-break-glass",
                outsider.username() + " patient.break-glass"), flagged, "newest first, the refusals before the opening not flagged");
        assertTrue(review.getJsonObject("verification").getBoolean("intact"), review.toString());
    }

    @Test
    void theCareTeamNeedsNoGlassAndANurseCannotBreakIt() {
        Hospital hospital = Hospital.at(deployment);
        long patient = hospital.register(hospital.hire("receptionist", null), "Team", "oncology");
        Staff teamClinician = hospital.hire("clinician", "oncology");
        Staff outsideNurse = hospital.hire("nurse", "cardiology");
        String breakGlass = "api/patients/" + patient + "/break-glass";

        Problems.assertProblem(teamClinician.client().post(breakGlass, "{\"reason\":\"" + REASON + "\"}"), 409);
        Problems.assertProblem(outsideNurse.client().post(breakGlass, "{\"reason\":\"" + REASON + "\"}"), 403);
        Problems.assertProblem(outsideNurse.client().get("api/patients/" + patient + "/chart"), 403);
        assertEquals(200, teamClinician.client().get("api/patients/" + patient + "/chart").statusCode(), "positive control");
    }

    @Test
    void aCareTeamChangeOpensTheChartToTheNewTeamAndIsFlaggedForAuditorsWithBothTeams() {
        Hospital hospital = Hospital.at(deployment);
        Staff receptionist = hospital.hire("receptionist", null);
        long patient = hospital.register(receptionist, "Moved", "oncology");
        Staff cardiologist = hospital.hire("clinician", "cardiology");
        Problems.assertProblem(cardiologist.client().get("api/patients/" + patient + "/chart"), 403);

        assertEquals(200, receptionist.client().put("api/patients/" + patient, "{\"familyName\":\"Moved\",\"givenName\":\"Test\","
                + "\"birthDate\":\"1970-01-01\",\"careTeam\":\"cardiology\"}").statusCode());

        assertEquals(200, cardiologist.client().get("api/patients/" + patient + "/chart").statusCode());
        JsonObject review = TestClient.json(hospital.hire("auditor", null).client().get("api/audit?flagged=true&patient=" + patient));
        List<String> flagged = review.getJsonArray("records").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getJsonObject("entry")).map(e -> e.getString("action") + ": " + e.getString("detail")).toList();
        assertEquals(List.of("patient.care-team: from oncology to cardiology"), flagged);
    }
}
