package ${package}.suggestions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import ${package}.Deployments;
import dev.steadfast.testing.TestClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The fault tolerance of the outbound call, against a stand-in suggestion service run by the test on the
 * configured address (127.0.0.1:8089). The tests run in order: the last ones open the circuit breaker.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SuggestionsIT {

    enum Behaviour { ANSWER, FAIL, HANG }

    private static final AtomicReference<Behaviour> BEHAVIOUR = new AtomicReference<>(Behaviour.ANSWER);
    private static final AtomicInteger CALLS = new AtomicInteger();
    private static HttpServer service;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployment;

    @BeforeAll
    static void startTheSuggestionService() throws IOException {
        service = HttpServer.create(new InetSocketAddress("127.0.0.1", 8089), 0);
        service.createContext("/suggestions", SuggestionsIT::answer);
        service.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        service.start();
    }

    @AfterAll
    static void stopTheSuggestionService() {
        service.stop(0);
    }

    @Test
    @Order(1)
    void suggestionsComeFromTheService() {
        BEHAVIOUR.set(Behaviour.ANSWER);

        assertEquals("[\"errand\",\"shopping\"]", suggestionsFor("Buy milk"));
    }

    @Test
    @Order(2)
    void aFailingServiceIsRetriedThenAnsweredWithNoSuggestions() {
        BEHAVIOUR.set(Behaviour.FAIL);
        CALLS.set(0);

        assertEquals("[]", suggestionsFor("Buy milk"));
        assertEquals(3, CALLS.get(), "one call and two retries");
    }

    @Test
    @Order(3)
    void aHangingServiceIsCutOffAndAnsweredWithNoSuggestions() {
        BEHAVIOUR.set(Behaviour.HANG);
        CALLS.set(0);

        assertEquals("[]", suggestionsFor("Buy milk"), "its late answer must not be waited for");
        assertEquals(3, CALLS.get(), "one call and two retries, each cut off");
    }

    @Test
    @Order(4)
    void anOpenCircuitBreakerStopsCallingTheFailingService() {
        BEHAVIOUR.set(Behaviour.FAIL);
        for (int i = 0; i < 3; i++) {
            suggestionsFor("Buy milk");
        }
        CALLS.set(0);

        assertEquals("[]", suggestionsFor("Buy milk"));
        assertEquals(0, CALLS.get(), "the breaker is open: the service is left alone");
    }

    private String suggestionsFor(String title) {
        var answer = new TestClient(deployment).get("api/suggestions?title=" + title.replace(" ", "+"));
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body();
    }

    private static void answer(HttpExchange exchange) throws IOException {
        CALLS.incrementAndGet();
        try (exchange) {
            switch (BEHAVIOUR.get()) {
                case ANSWER -> answerWithSuggestions(exchange);
                case FAIL -> exchange.sendResponseHeaders(503, -1);
                case HANG -> {
                    try {
                        Thread.sleep(2_500);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    answerWithSuggestions(exchange);
                }
            }
        }
    }

    private static void answerWithSuggestions(HttpExchange exchange) throws IOException {
        byte[] body = "[\"errand\",\"shopping\"]".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
    }
}
