package dev.steadfast.ops.health;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;

import javax.net.ssl.SSLContext;

/**
 * Probes servers over HTTPS with the domain's key pair (workers serve only clients that show it) and a read
 * time-out: an answer, whatever its status, within the time-out means live; a time-out, a refused connection or a
 * failed handshake means not live, and only a time-out looks like a hang ({@link Reply}). The time-out covers the whole exchange, handshake included, which is where a
 * frozen JVM stalls.
 */
public final class HttpsProbe {

    /** The worker probe's path; steadfast-probe.war is on every application server group. */
    public static final String WORKER_HEALTH = "/steadfast-probe/health";
    /**
     * What the balancer is asked for: a path no application registers, which the balancer answers itself (404) instead
     * of passing it to a worker, so that a hung worker never makes the balancer look hung.
     */
    public static final String BALANCER_LIVE = "/.well-known/steadfast-live";

    /**
     * How a probe went: an answer (live), silence until the read time-out (what a hung JVM gives: the kernel accepts,
     * nobody answers), or a refusal (nothing listens, or the TLS handshake failed: not a hang, and no reason to fence).
     */
    public enum Reply { ANSWERED, SILENT, REFUSED }

    private final HttpClient http;
    private final Duration readTimeout;

    public HttpsProbe(SSLContext tls, Duration readTimeout) {
        this.readTimeout = readTimeout;
        this.http = HttpClient.newBuilder().sslContext(tls).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(readTimeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Whether the balancer at this address answers within the read time-out. */
    public boolean answers(String address, int port) {
        return reply(address, port, false) == Reply.ANSWERED;
    }

    /** How a server answered its probe: a worker at its health page, the balancer at {@link #BALANCER_LIVE}. */
    public Reply reply(String address, int port, boolean worker) {
        try {
            send(URI.create("https://" + address + ":" + port + (worker ? WORKER_HEALTH : BALANCER_LIVE)));
            return Reply.ANSWERED;
        } catch (HttpTimeoutException e) {
            return Reply.SILENT;
        } catch (IOException e) {
            return Reply.REFUSED;
        }
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
        try {
            return Optional.of(send(uri));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A GET within the read time-out; {@link HttpTimeoutException} (connect time-out included) when it ran out. */
    private HttpResponse<String> send(URI uri) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(readTimeout).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
