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
 * The circuit breaker of the outbound call, in a deployment of its own (a fresh breaker): once enough attempts
 * failed, the failing service is left alone. The positive control is the first count: a closed breaker lets calls through.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SuggestionsCircuitBreakerIT {

    @RegisterExtension
    static final StandInSuggestionService SERVICE = new StandInSuggestionService();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SERVICE.deployment();
    }

    @ArquillianResource
    URL deployment;

    @Test
    void anOpenCircuitBreakerStopsCallingTheFailingService() {
        SERVICE.behave(StandInSuggestionService.Behaviour.FAIL);
        assertEquals("[]", suggestionsFor("Buy milk"));
        assertEquals(3, SERVICE.calls(), "closed: one call and two retries reach the service");
        for (int i = 0; i < 2; i++) {
            suggestionsFor("Buy milk");
        }
        SERVICE.behave(StandInSuggestionService.Behaviour.FAIL);

        assertEquals("[]", suggestionsFor("Buy milk"));
        assertEquals(0, SERVICE.calls(), "8 failed attempts reached it and opened the breaker: the next call is refused before it");
    }

    private String suggestionsFor(String title) {
        return StandInSuggestionService.suggestionsFrom(deployment, title);
    }
}
