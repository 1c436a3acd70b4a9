package dev.steadfast.ehr.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.steadfast.ehr.Hospital;
import dev.steadfast.ehr.Hospital.Staff;
import dev.steadfast.testing.Deployments;
import dev.steadfast.testing.Problems;

/**
 * A signed-in session ends when idle for the configured time, here 3 s (ehr.session.idle-timeout; 15 minutes unless
 * configured), and not while it is used. The EHR is deployed under another name for it, so that no other test's
 * sessions end early.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdleTimeoutIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        WebArchive ehr = Deployments.withConfig(Deployments.application(), "ehr.session.idle-timeout", "3");
        return ShrinkWrap.create(WebArchive.class, "ehr-idle.war").merge(ehr);
    }

    @ArquillianResource
    URL deployment;

    @Test
    void aSessionUsedEverySecondStaysSignedInAndOneIdleForTwiceTheTimeoutIsSignedOut() throws InterruptedException {
        Staff nurse = Hospital.at(deployment).hire("nurse", "ward-idle");
        for (int second = 0; second < 5; second++) {
            assertEquals(200, nurse.client().get("api/me").statusCode(), "in use, second " + second);
            Thread.sleep(1_000);
        }
        Thread.sleep(6_000);
        Problems.assertProblem(nurse.client().get("api/me"), 401);
    }
}
