package dev.steadfast.ops.provision;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import javax.security.auth.x500.X500Principal;

import org.wildfly.security.x500.GeneralName;
import org.wildfly.security.x500.cert.SelfSignedX509CertificateAndSigningKey;
import org.wildfly.security.x500.cert.SubjectAlternativeNamesExtension;

import dev.steadfast.ops.system.PrivateFiles;

/**
 * The TLS key pair of every listener (EC P-256, self-signed, valid 825 days, names: localhost and every address of
 * the topology) in a PKCS12 key store, its certificate in a PKCS12 trust store and as PEM. Made with Elytron's
 * certificate classes in this JVM, never keytool: no process per key and no password on a command line. The
 * addresses it was made for are kept beside it; a topology with an address it does not name gets a new pair.
 */
record TlsKeyPair(Path keyStore, Path trustStore, Path certificate, Path addressesFile) {

    private static final String ALIAS = "steadfast";
    private static final long VALID_DAYS = 825;
    /** A pair this close to its end is made anew. */
    private static final long RENEW_DAYS = 30;
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    /** True if the stores exist, name every one of these addresses and stay valid for another {@value #RENEW_DAYS} days. */
    boolean covers(Set<String> addresses) {
        return Files.exists(keyStore) && Files.exists(trustStore)
                && new TreeSet<>(PrivateFiles.read(addressesFile).lines().toList()).containsAll(addresses)
                && validFor(RENEW_DAYS);
    }

    private boolean validFor(long days) {
        try (InputStream in = Files.newInputStream(certificate)) {
            X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
            return cert.getNotAfter().toInstant().isAfter(Instant.now().plus(Duration.ofDays(days)));
        } catch (IOException | GeneralSecurityException e) {
            return false;
        }
    }

    void generate(Set<String> addresses, char[] password) {
        List<GeneralName> names = new ArrayList<>(List.of(new GeneralName.DNSName("localhost")));
        addresses.forEach(a -> names.add(IPV4.matcher(a).matches() ? new GeneralName.IPAddress(a) : new GeneralName.DNSName(a)));
        ZonedDateTime now = ZonedDateTime.now();
        SelfSignedX509CertificateAndSigningKey pair = SelfSignedX509CertificateAndSigningKey.builder()
                .setDn(new X500Principal("CN=steadfast.local, O=Steadfast"))
                .setKeyAlgorithmName("EC").setKeySize(256).setSignatureAlgorithmName("SHA256withECDSA")
                .setNotValidBefore(now.minusMinutes(5)).setNotValidAfter(now.plusDays(VALID_DAYS))
                .addExtension(new SubjectAlternativeNamesExtension(false, names))
                .build();
        X509Certificate cert = pair.getSelfSignedCertificate();
        try {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            keys.setKeyEntry(ALIAS, pair.getSigningKey(), password, new Certificate[] {cert});
            write(keys, keyStore, password);
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry(ALIAS, cert);
            write(trust, trustStore, password);
            String pem = "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(cert.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
            PrivateFiles.write(certificate, pem);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot write the TLS key pair: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PrivateFiles.write(addressesFile, String.join("\n", new TreeSet<>(addresses)) + "\n");
    }

    private static void write(KeyStore store, Path file, char[] password) throws GeneralSecurityException {
        PrivateFiles.write(file, "");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
