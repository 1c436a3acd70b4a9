package dev.steadfast.shop.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import dev.steadfast.testing.TestClient;
import jakarta.json.JsonException;

/**
 * A 500 that WildFly 39.0.1 itself causes during a rolling update, told apart from every other failure by the
 * worker's own log: a request's session work ends (in the exchange-completion listener) by reading the session
 * cache in a transaction already committed, Infinispan refuses ("status=COMMITTED} is not in a valid state"), a
 * request of the same session on the same worker at that moment is given no session, and Weld fails on null. None
 * of Steadfast's or the shop's code is on that path (docs/reasons.md#rolling-deployments names the defect and what is
 * done about it). The cluster test counts these apart and fails on any other failure; it is quarantined, not fixed.
 */
final class UpstreamSessionRace implements Predicate<HttpResponse<String>> {

    static final String NO_SESSION = "java.lang.NullPointerException: Cannot invoke"
            + " \"jakarta.servlet.http.HttpSession.getAttribute(String)\" because \"session\" is null";
    static final String COMMITTED = "status=COMMITTED} is not in a valid state";

    private final Path hosts;

    UpstreamSessionRace(Path hosts) {
        this.hosts = hosts;
    }

    /** Whether the answer is a 500 whose error the worker logged as this defect, after Infinispan's refusal. */
    @Override
    public boolean test(HttpResponse<String> answer) {
        if (answer.statusCode() != 500) {
            return false;
        }
        String node = answer.headers().firstValue("X-Steadfast-Node").orElse("");
        String errorId;
        try {
            errorId = TestClient.json(answer).getString("errorId", "");
        } catch (JsonException | ClassCastException e) {
            return false;
        }
        return !node.isEmpty() && !errorId.isEmpty() && logged(node, errorId);
    }

    private boolean logged(String node, String errorId) {
        try (Stream<Path> logs = Files.list(hosts)) {
            List<Path> serverLogs = logs.map(h -> h.resolve("servers").resolve(node).resolve("log").resolve("server.log"))
                    .filter(Files::isRegularFile).toList();
            for (Path log : serverLogs) {
                List<String> lines = Files.readAllLines(log);
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).contains("errorId " + errorId + ": request failed: " + NO_SESSION)) {
                        return lines.subList(0, i).stream().anyMatch(l -> l.contains(COMMITTED));
                    }
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
