package dev.steadfast.ops.health;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import javax.net.ssl.SSLContext;

/**
 * Probes servers over HTTPS with the domain's key pair (workers serve only clients that show it) and a read
 * time-out: an answer, whatever its status, within the time-out means live; a time-out, a refused connection or a
 * failed handshake means not live. The time-out covers the whole exchange, handshake included, which is where a
 * frozen JVM stalls.
 */
public final class HttpsProbe {

    /** The worker probe's path; steadfast-probe.war is on every application server group. */
    public static final String WORKER_HEALTH = "/steadfast-probe/health";

    private final HttpClient http;
    private final Duration readTimeout;

    public HttpsProbe(SSLContext tls, Duration readTimeout) {
        this.readTimeout = readTimeout;
        this.http = HttpClient.newBuilder().sslContext(tls).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(readTimeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public Duration readTimeout() {
        return readTimeout;
    }

    /** Whether anything at all answers {@code https://address:port/} within the read time-out (the balancer). */
    public boolean answers(String address, int port) {
        return get(URI.create("https://" + address + ":" + port + "/")).isPresent();
    }

    /** A worker's answer, or empty when it is not live. A live worker without its probe answers with no cluster facts. */
    public Optional<ProbeAnswer> worker(String address, int port) {
        return get(URI.create("https://" + address + ":" + port + WORKER_HEALTH)).map(response -> {
            if (response.statusCode() != 200) {
                return new ProbeAnswer("", "", "", 0);
            }
            try {
                return ProbeAnswer.parse(response.body());
            } catch (IllegalArgumentException e) {
                return new ProbeAnswer("", "", "", 0);
            }
        });
    }

    /**
     * Whether the application at this context root is ready: its {@code /health/ready} (steadfast-runtime serves it)
     * answers 200. An application without that page (404) declares no readiness of its own and counts as ready.
     */
    public boolean applicationReady(String address, int port, String contextRoot) {
        String base = contextRoot.endsWith("/") ? contextRoot.substring(0, contextRoot.length() - 1) : contextRoot;
        return get(URI.create("https://" + address + ":" + port + base + "/health/ready"))
                .map(r -> r.statusCode() == 200 || r.statusCode() == 404).orElse(false);
    }

    private Optional<HttpResponse<String>> get(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(readTimeout).GET().build();
        try {
            return Optional.of(http.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
