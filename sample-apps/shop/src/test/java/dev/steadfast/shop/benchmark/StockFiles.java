package dev.steadfast.shop.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** The file work of {@link StockDomain}: its own state directory, the distribution unpacked, private files. */
final class StockFiles {

    /** Marks a directory as the stock domain's, so that {@link #replaceDirectory} never deletes anything else. */
    private static final String MARKER = ".steadfast-benchmark-stock-wildfly";

    private StockFiles() {
    }

    /** An empty directory, 0700: a new one, or one an earlier run made (its marker says so), emptied. */
    static void replaceDirectory(Path directory) throws IOException {
        if (Files.exists(directory)) {
            if (!Files.exists(directory.resolve(MARKER))) {
                throw new IllegalStateException(directory + " exists and is not the benchmark's stock domain: remove it or choose another");
            }
            try (Stream<Path> all = Files.walk(directory)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Files.createFile(directory.resolve(MARKER));
    }

    /** The distribution unpacked into {@code directory}; its scripts executable. Returns its home (the zip's top folder). */
    static Path unzip(Path zip, Path directory) throws IOException {
        Path home = null;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = directory.resolve(entry.getName()).normalize();
                if (!target.startsWith(directory)) {
                    throw new IllegalStateException("A zip entry outside the target: " + entry.getName());
                }
                if (home == null) {
                    home = directory.resolve(Path.of(entry.getName()).getName(0));
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                if (entry.getName().endsWith(".sh")) {
                    target.toFile().setExecutable(true, true);
                }
            }
        }
        return home;
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Files.copy(p, to.resolve(from.relativize(p).toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    /** A file only its owner may read, created so from the start. */
    static void writePrivate(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, content);
    }

    /** Waits until {@code page} answers 200 over HTTPS, trusting only the certificate in {@code keyStore}. */
    static void awaitReady(URI page, Path keyStore, String password, Duration wait) {
        HttpClient client = HttpClient.newBuilder().sslContext(trusting(keyStore, password)).version(HttpClient.Version.HTTP_1_1).build();
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

    private static SSLContext trusting(Path keyStore, String password) {
        try (InputStream in = Files.newInputStream(keyStore)) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(in, password.toCharArray());
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("stock", keys.getCertificate("stock"));
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, tmf.getTrustManagers(), null);
            return tls;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the stock domain's certificate", e);
        }
    }
}
