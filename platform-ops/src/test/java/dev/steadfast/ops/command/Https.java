package dev.steadfast.ops.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import dev.steadfast.ops.management.Management;

/** An HTTP client for tests that trusts exactly the domain's generated certificate and keeps its own cookies. */
final class Https {

    private final HttpClient client;

    Https(Path state) {
        String password;
        try {
            password = java.nio.file.Files.readString(state.resolve("secrets/tls.password")).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        client = HttpClient.newBuilder()
                .sslContext(Management.sslContext(state.resolve("secrets/steadfast-trust.p12"), password.toCharArray()))
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    HttpResponse<String> get(String url, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
