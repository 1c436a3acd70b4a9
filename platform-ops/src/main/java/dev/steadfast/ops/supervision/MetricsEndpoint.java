package dev.steadfast.ops.supervision;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;

import dev.steadfast.ops.metrics.PrometheusText;

/**
 * {@code https://MANAGEMENT-ADDRESS:9994/metrics}, the host's figures for Prometheus: TLS with the domain's key pair,
 * serving clients that show the domain's key or the monitoring client's, like the workers' probe listener
 * ({@code Secrets#probeListenerTls}). GET {@code /metrics} only; anything else is 404 or 405. Two threads; a connection
 * that has not sent its request within 10 s is closed, and one whose answer is not done within 30 s, so a client that
 * connects and stalls loses its connection after 10 s.
 */
public final class MetricsEndpoint implements AutoCloseable {

    private final HttpsServer server;
    private final ExecutorService threads;

    public MetricsEndpoint(InetSocketAddress address, SSLContext tls, Supplier<String> page) {
        // Read once by the JDK's server when its first instance starts (seconds); this is the only one the supervisor
        // runs. An operator's own -D values stand. The answer's limit leaves room for a page built against a slow
        // domain controller (HostMetrics).
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
            System.setProperty("sun.net.httpserver.maxReqTime", "10");
        }
        if (System.getProperty("sun.net.httpserver.maxRspTime") == null) {
            System.setProperty("sun.net.httpserver.maxRspTime", "30");
        }
        try {
            server = HttpsServer.create(address, 16);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on " + address + " for the host's metrics", e);
        }
        server.setHttpsConfigurator(new HttpsConfigurator(tls) {
            @Override
            public void configure(HttpsParameters params) {
                SSLParameters p = tls.getDefaultSSLParameters();
                p.setNeedClientAuth(true);
                params.setSSLParameters(p);
            }
        });
        threads = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "metrics endpoint");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", exchange -> answer(exchange, page));
        server.start();
    }

    private static void answer(HttpExchange exchange, Supplier<String> page) throws IOException {
        try (exchange) {
            if (!"/metrics".equals(exchange.getRequestURI().getPath())) {
                exchange.sendResponseHeaders(404, -1);
            } else if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET");
                exchange.sendResponseHeaders(405, -1);
            } else {
                byte[] body = page.get().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", PrometheusText.CONTENT_TYPE);
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
