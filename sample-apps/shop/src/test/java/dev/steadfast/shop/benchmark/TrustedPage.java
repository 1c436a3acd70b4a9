package dev.steadfast.shop.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** A page of the stock domain read over HTTPS, trusting only the certificate the benchmark made for it. */
final class TrustedPage {

    private TrustedPage() {
    }

    /** Waits until {@code page} answers 200, trusting the certificate of {@code alias} in {@code keyStore}. */
    static void awaitOk(URI page, Path keyStore, String alias, String password, Duration wait) {
        HttpClient client = HttpClient.newBuilder().sslContext(trusting(keyStore, alias, password)).version(HttpClient.Version.HTTP_1_1).build();
        Instant deadline = Instant.now().plus(wait);
        int status = 0;
        while (status != 200) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(page + " is not ready (last answer " + status + ")");
            }
            try {
                status = client.send(HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
            } catch (IOException e) {
                status = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (status != 200) {
                BenchmarkDomain.pause(Duration.ofSeconds(1));
            }
        }
    }

    private static SSLContext trusting(Path keyStore, String alias, String password) {
        try (InputStream in = Files.newInputStream(keyStore)) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(in, password.toCharArray());
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry(alias, keys.getCertificate(alias));
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, tmf.getTrustManagers(), null);
            return tls;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the certificate " + alias + " in " + keyStore, e);
        }
    }
}
