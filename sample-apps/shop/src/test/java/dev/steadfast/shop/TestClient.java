package dev.steadfast.shop;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A browser-like HTTPS client for the test server: it trusts exactly the certificate the build generated for it
 * (target/server/steadfast/secrets), keeps cookies like a browser, and never follows redirects, so tests see them.
 */
public final class TestClient {

    /** The HTTPS port of the test server (cli-scripts/standalone). */
    public static final int HTTPS_PORT = 8443;

    private final HttpClient http;
    private final URI base;

    public TestClient(URL deployment) {
        this.base = URI.create("https://" + deployment.getHost() + ":" + HTTPS_PORT + deployment.getPath());
        this.http = HttpClient.newBuilder().sslContext(trustingTheTestServer()).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    public URI base() {
        return base;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> post(String path, String json) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json"));
    }

    public HttpResponse<String> put(String path, String json, String ifMatch) {
        return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json").header("If-Match", ifMatch));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
    }

    private static SSLContext trustingTheTestServer() {
        Path secrets = Path.of(System.getProperty("steadfast.server.dir"), "steadfast", "secrets");
        try (InputStream in = Files.newInputStream(secrets.resolve("steadfast-trust.p12"))) {
            char[] password = Files.readString(secrets.resolve("tls.password")).trim().toCharArray();
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(in, password);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
