package ${package}.suggestions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.steadfast.testing.Deployments;
import dev.steadfast.testing.TestClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The suggestion service, played by the test: on 127.0.0.1 and a free port, it answers, fails (503) or hangs
 * (2.5 s, longer than the client's 1 s time-out) as told, and counts the calls it gets. Registered as a JUnit
 * extension of a test class ({@code @RegisterExtension}), it stops after the class's last test.
 */
final class StandInSuggestionService implements AfterAllCallback {

    enum Behaviour { ANSWER, FAIL, HANG }

    private final AtomicReference<Behaviour> behaviour = new AtomicReference<>(Behaviour.ANSWER);
    private final AtomicInteger calls = new AtomicInteger();
    private final HttpServer server;

    StandInSuggestionService() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/suggestions", this::answer);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    /** The application's WAR, pointed at this service. */
    WebArchive deployment() {
        return Deployments.withConfig(Deployments.application(), "suggestions.url",
                "http://127.0.0.1:" + server.getAddress().getPort() + "/suggestions");
    }

    /** From now on it behaves so, and counts from zero. */
    void behave(Behaviour next) {
        behaviour.set(next);
        calls.set(0);
    }

    /** What the application (not this service) answers for a title: its suggestions, as JSON; always a 200. */
    static String suggestionsFrom(URL application, String title) {
        var answer = new TestClient(application).get("api/suggestions?title=" + title.replace(" ", "+"));
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body();
    }

    int calls() {
        return calls.get();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        calls.incrementAndGet();
        try (exchange) {
            switch (behaviour.get()) {
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
