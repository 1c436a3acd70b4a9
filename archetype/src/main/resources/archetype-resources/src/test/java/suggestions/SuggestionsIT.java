package ${package}.suggestions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Time-out, retry and fallback of the outbound call, against a stand-in service on a free port. In any order: all
 * three together make at most 7 failed or successful attempts, fewer than the 8 the circuit breaker needs to judge
 * (SuggestionsCircuitBreakerIT opens it, in a deployment of its own). A further test here that calls the service
 * would make the window full and the order matter again: put it in a class of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SuggestionsIT {

    @RegisterExtension
    static final StandInSuggestionService SERVICE = new StandInSuggestionService();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SERVICE.deployment();
    }

    @ArquillianResource
    URL deployment;

    @Test
    void suggestionsComeFromTheService() {
        SERVICE.behave(StandInSuggestionService.Behaviour.ANSWER);

        assertEquals("[\"errand\",\"shopping\"]", suggestionsFor("Buy milk"));
        assertEquals(1, SERVICE.calls());
    }

    @Test
    void aFailingServiceIsRetriedThenAnsweredWithNoSuggestions() {
        SERVICE.behave(StandInSuggestionService.Behaviour.FAIL);

        assertEquals("[]", suggestionsFor("Buy milk"));
        assertEquals(3, SERVICE.calls(), "one call and two retries");
    }

    @Test
    void aHangingServiceIsCutOffAndAnsweredWithNoSuggestions() {
        SERVICE.behave(StandInSuggestionService.Behaviour.HANG);

        assertEquals("[]", suggestionsFor("Buy milk"), "its late answer must not be waited for");
        assertEquals(3, SERVICE.calls(), "one call and two retries, each cut off");
    }

    private String suggestionsFor(String title) {
        return StandInSuggestionService.suggestionsFrom(deployment, title);
    }
}
