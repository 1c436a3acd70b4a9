package dev.steadfast.ops.provision;

import java.io.IOException;
import java.io.InputStream;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.Collections;

import javax.security.auth.x500.X500Principal;

import org.wildfly.security.x500.cert.SelfSignedX509CertificateAndSigningKey;

import dev.steadfast.ops.system.PrivateFiles;

/**
 * The monitoring client's own key pair (EC P-256, self-signed, CN=steadfast-monitoring, 825 days), apart from the
 * domain's: Prometheus holds it, and what it opens is only the figures, the workers' probe listener and the hosts'
 * metrics endpoint, whose trust store ({@code steadfast-probe-trust.p12}) holds this certificate beside the domain's.
 * The workers' application listener trusts the domain's alone, so a stolen monitoring key neither reaches a worker
 * past the balancer nor poses as the balancer (docs/reasons.md#metrics).
 */
record MonitoringKeyPair(Path keyStore) {

    static final String ALIAS = "steadfast-monitoring";
    private static final long VALID_DAYS = 825;
    private static final long RENEW_DAYS = 30;

    /** True if the pair exists and stays valid for another {@value #RENEW_DAYS} days. */
    boolean current(char[] password) {
        try {
            return Files.exists(keyStore) && certificate(password).getNotAfter().toInstant()
                    .isAfter(Instant.now().plus(Duration.ofDays(RENEW_DAYS)));
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** Makes the pair when there is none or it runs out within {@value #RENEW_DAYS} days; says whether it did. */
    boolean ensure(char[] password) {
        if (current(password)) {
            return false;
        }
        generate(password);
        return true;
    }

    private void generate(char[] password) {
        ZonedDateTime now = ZonedDateTime.now();
        SelfSignedX509CertificateAndSigningKey pair = SelfSignedX509CertificateAndSigningKey.builder()
                .setDn(new X500Principal("CN=steadfast-monitoring, O=Steadfast"))
                .setKeyAlgorithmName("EC").setKeySize(256).setSignatureAlgorithmName("SHA256withECDSA")
                .setNotValidBefore(now.minusMinutes(5)).setNotValidAfter(now.plusDays(VALID_DAYS))
                .build();
        try {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            keys.setKeyEntry(ALIAS, pair.getSigningKey(), password, new Certificate[] {pair.getSelfSignedCertificate()});
            PrivateFiles.write(keyStore, bytes(keys, password));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot write the monitoring key pair: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    X509Certificate certificate(char[] password) {
        try {
            return (X509Certificate) load(password).getCertificate(ALIAS);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the monitoring certificate: " + e.getMessage(), e);
        }
    }

    KeyStore load(char[] password) {
        return read(keyStore, password);
    }

    /** The certificate and the private key (PKCS#8, unencrypted, 0600) as PEM, for clients that read no PKCS#12. */
    void writePem(Path certificate, Path key, char[] password) {
        KeyStore store = load(password);
        Base64.Encoder base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
        try {
            PrivateFiles.write(certificate, "-----BEGIN CERTIFICATE-----\n"
                    + base64.encodeToString(store.getCertificate(ALIAS).getEncoded()) + "\n-----END CERTIFICATE-----\n");
            PrivateFiles.write(key, "-----BEGIN PRIVATE KEY-----\n"
                    + base64.encodeToString(store.getKey(ALIAS, password).getEncoded()) + "\n-----END PRIVATE KEY-----\n");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the monitoring key pair: " + e.getMessage(), e);
        }
    }

    /**
     * True when {@code probeTrust} holds this certificate and every one of {@code domainTrust}: a domain key pair made
     * anew, or a write that a crash cut short, makes it false.
     */
    boolean trustedBeside(Path domainTrust, Path probeTrust, char[] password) {
        if (!Files.exists(probeTrust)) {
            return false;
        }
        try {
            KeyStore probe = read(probeTrust, password);
            KeyStore domain = read(domainTrust, password);
            for (String alias : Collections.list(domain.aliases())) {
                if (probe.getCertificateAlias(domain.getCertificate(alias)) == null) {
                    return false;
                }
            }
            return probe.getCertificateAlias(certificate(password)) != null;
        } catch (GeneralSecurityException | IllegalStateException e) {
            return false;
        }
    }

    /**
     * The probe listener's trust store: the domain's certificates ({@code domainTrust}) and this one, written whole and
     * moved into place ({@link PrivateFiles#write(Path, byte[])}), so that a crash never leaves a half-written store.
     */
    void writeProbeTrust(Path domainTrust, Path probeTrust, char[] password) {
        try {
            KeyStore trust = read(domainTrust, password);
            trust.setCertificateEntry(ALIAS, certificate(password));
            PrivateFiles.write(probeTrust, bytes(trust, password));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot write the probe listener's trust store: " + e.getMessage(), e);
        }
    }

    private static byte[] bytes(KeyStore store, char[] password) throws GeneralSecurityException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            store.store(out, password);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static KeyStore read(Path file, char[] password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(in, password);
            return keys;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
