package dev.steadfast.shop.cluster;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.net.ssl.SSLSession;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only WildFly's own session race is counted apart: a 500 whose error the worker logged as the missing session after
 * Infinispan's refusal of a committed transaction; the same missing session without that refusal, another 500, or
 * another status still fails the cluster test.
 */
class UpstreamSessionRaceTest {

    private static final String REFUSAL = "2026-12-02 09:36:24,366 ERROR [org.infinispan.interceptors.impl.InvocationContextInterceptor]"
            + " (default task-3) ISPN000136: Error executing command GetKeyValueCommand on Cache 'shop.war', writing keys []:"
            + " java.lang.IllegalStateException: Transaction TransactionImpl{xid=Xid{formatId=1}, status=COMMITTED} is not in a valid state"
            + " to be invoking cache operations on.";

    @TempDir
    Path hosts;

    @Test
    void aMissingSessionAfterTheRefusalOfACommittedTransactionIsTheRace() throws IOException {
        log(REFUSAL, failed("4eb35f19", UpstreamSessionRace.NO_SESSION));
        assertTrue(new UpstreamSessionRace(hosts).test(answer(500, "4eb35f19")));
    }

    @Test
    void aMissingSessionWithoutTheRefusalIsNot() throws IOException {
        log("2026-12-02 09:36:24,366 INFO nothing refused", failed("4eb35f19", UpstreamSessionRace.NO_SESSION));
        assertFalse(new UpstreamSessionRace(hosts).test(answer(500, "4eb35f19")));
    }

    @Test
    void anotherErrorOrAnotherStatusIsNot() throws IOException {
        log(REFUSAL, failed("4eb35f19", "java.lang.IllegalArgumentException: a bug of ours"));
        assertFalse(new UpstreamSessionRace(hosts).test(answer(500, "4eb35f19")));
        assertFalse(new UpstreamSessionRace(hosts).test(answer(500, "another")));
        assertFalse(new UpstreamSessionRace(hosts).test(answer(503, "4eb35f19")));
    }

    private static String failed(String errorId, String error) {
        return "2026-12-02 09:36:24,431 SEVERE [dev.steadfast.runtime.problem.ProblemMapper] (default task-6) errorId " + errorId
                + ": request failed: " + error;
    }

    private void log(String... lines) throws IOException {
        Path log = hosts.resolve("primary/servers/apps-1/log/server.log");
        Files.createDirectories(log.getParent());
        Files.write(log, List.of(lines));
    }

    private static HttpResponse<String> answer(int status, String errorId) {
        String body = "{\"type\":\"about:blank\",\"status\":" + status + ",\"errorId\":\"" + errorId + "\",\"node\":\"apps-1\"}";
        HttpHeaders headers = HttpHeaders.of(Map.of("X-Steadfast-Node", List.of("apps-1")), (k, v) -> true);
        return new HttpResponse<>() {
            @Override public int statusCode() { return status; }
            @Override public HttpRequest request() { return HttpRequest.newBuilder(URI.create("https://127.0.0.11/shop/api/cart")).build(); }
            @Override public Optional<HttpResponse<String>> previousResponse() { return Optional.empty(); }
            @Override public HttpHeaders headers() { return headers; }
            @Override public String body() { return body; }
            @Override public Optional<SSLSession> sslSession() { return Optional.empty(); }
            @Override public URI uri() { return request().uri(); }
            @Override public HttpClient.Version version() { return HttpClient.Version.HTTP_1_1; }
        };
    }
}
