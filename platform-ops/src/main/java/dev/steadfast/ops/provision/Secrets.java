package dev.steadfast.ops.provision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import java.security.cert.X509Certificate;

import javax.net.ssl.SSLContext;

import dev.steadfast.ops.UserError;

import dev.steadfast.ops.management.Management;
import dev.steadfast.ops.system.PrivateFiles;

/**
 * Every secret of a domain, generated here at set-up, never typed by anyone and never in git: the
 * administrator's and each secondary host's management password, the TLS key pair and its password,
 * the database password, the audit chain's keys, and the AES key (a secret-key credential store) that turns each of them into
 * an encrypted expression {@code ${ENC::steadfast:...}} for the configuration. Files are mode 0600 in a
 * 0700 directory. An encrypted form is made once and kept, so re-applying the scripts changes nothing. Hosts are
 * provisioned in parallel and share one instance: what it makes, it makes once (its methods are synchronized).
 */
public final class Secrets {

    public static final String ADMIN_USER = "steadfast-admin";
    /** The applications' administrator (role admin in ApplicationRealm on every host), e.g. the shop's. */
    public static final String APP_ADMIN_USER = "app-admin";
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The audit keys' files: audit-key-1.password, audit-key-2.password, ...; their encrypted ring audit-keys.enc. */
    private static final String AUDIT_KEY = "audit-key-";
    private static final String AUDIT_KEYS = "audit-keys";

    private final Path dir;

    public Secrets(StateDir state) {
        this.dir = PrivateFiles.directory(state.secrets());
    }

    public Path directory() {
        return dir;
    }

    Path keyStore() {
        return dir.resolve("steadfast-tls.p12");
    }

    public Path trustStore() {
        return dir.resolve("steadfast-trust.p12");
    }

    Path secretKeyStore() {
        return dir.resolve("steadfast-secrets.cs");
    }

    /** The key store of the cluster traffic's encryption key ({@link ClusterKey}). */
    Path clusterKeyStore() {
        return dir.resolve("steadfast-cluster.p12");
    }

    /** A password generated on first use and read back afterwards. */
    public synchronized String password(String name) {
        Path file = dir.resolve(name + ".password");
        try {
            if (!Files.exists(file)) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < 32; i++) {
                    sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
                }
                PrivateFiles.write(file, sb.toString());
            }
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stores a password given by the user (for example an external database's). Only a different value replaces
     * the stored one and its encrypted form: the same password keeps the same expression, so the scripts applied
     * with it stay unchanged and are not applied again.
     */
    synchronized void storePassword(String name, String value) {
        Path file = dir.resolve(name + ".password");
        try {
            if (Files.exists(file) && Files.readString(file).trim().equals(value)) {
                return;
            }
            PrivateFiles.write(file, value);
            Files.deleteIfExists(dir.resolve(name + ".enc"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The encrypted secrets the profile scripts read, the same for a domain's profile and a standalone server: the
     * TLS password (090), the database's (100), the cluster key's (085), the join secret (086), the audit keys (106).
     */
    synchronized void putProfileSecrets(Map<String, String> parameters) {
        parameters.put("steadfast.tls.password", encrypted("tls"));
        parameters.put("steadfast.db.password", encrypted("db"));
        parameters.put("steadfast.cluster.key-password", encrypted("cluster"));
        parameters.put("steadfast.cluster.auth-secret", encrypted("cluster-auth"));
        parameters.put("steadfast.audit.keys", encryptedAuditKeys());
    }

    /**
     * The audit chain's keys as the servers bind them, {@code 1:SECRET,2:SECRET...}, encrypted:
     * {@code ${ENC::steadfast:...}}. Version 1 is generated on first use; {@link #rotateAuditKey()} adds the next.
     * Every version is kept, so records sealed with an older one still verify.
     */
    synchronized String encryptedAuditKeys() {
        Path file = dir.resolve(AUDIT_KEYS + ".enc");
        if (!Files.exists(file)) {
            List<Integer> versions = auditKeyVersions();
            if (versions.isEmpty()) {
                password(AUDIT_KEY + 1);
                versions = List.of(1);
            }
            String ring = versions.stream().map(v -> v + ":" + password(AUDIT_KEY + v)).collect(Collectors.joining(","));
            PrivateFiles.write(file, "${ENC::steadfast:" + new SecretKeyStore(secretKeyStore()).encrypt(ring) + "}");
        }
        return PrivateFiles.read(file);
    }

    /**
     * Generates the next audit key version; records chained from then on are sealed with it once the servers have
     * the new keys ({@code steadfast apply}).
     *
     * @return the new version
     */
    public synchronized int rotateAuditKey() {
        List<Integer> versions = auditKeyVersions();
        int next = versions.isEmpty() ? 1 : versions.get(versions.size() - 1) + 1;
        password(AUDIT_KEY + next);
        try {
            Files.deleteIfExists(dir.resolve(AUDIT_KEYS + ".enc"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return next;
    }

    private List<Integer> auditKeyVersions() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches(AUDIT_KEY + "[1-9][0-9]{0,5}\\.password"))
                    .map(n -> Integer.valueOf(n.substring(AUDIT_KEY.length(), n.indexOf('.'))))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a host's configuration names beside it, by these file names: the expressions' key, TLS and cluster stores. */
    public List<Path> hostKeys() {
        return List.of(secretKeyStore(), keyStore(), trustStore(), probeTrustStore(), clusterKeyStore());
    }

    /** TLS as the domain's own servers expect a client: trusting its certificate and showing its key pair. */
    public SSLContext clientTls() {
        return Management.sslContext(trustStore(), keyStore(), password("tls").toCharArray());
    }

    /**
     * Writes the monitoring client's key pair ({@link MonitoringKeyPair}, not the domain's) as PEM, the certificate to
     * {@code certificate} and the private key (PKCS#8, unencrypted, 0600) to {@code key}: for Prometheus, which reads
     * no PKCS#12.
     */
    public void writeMonitoringPem(Path certificate, Path key) {
        if (!Files.exists(monitoringKeyStore())) {
            throw new UserError("This state has no monitoring key pair yet; run 'steadfast apply' (or 'up') once, which makes it.");
        }
        new MonitoringKeyPair(monitoringKeyStore()).writePem(certificate, key, password("tls").toCharArray());
    }

    /**
     * TLS as the workers' probe listener and the hosts' metrics endpoint serve: the domain's key pair, and clients that
     * show it or the monitoring client's.
     */
    public SSLContext probeListenerTls() {
        return Management.sslContext(probeTrustStore(), keyStore(), password("tls").toCharArray());
    }

    public X509Certificate monitoringCertificate() {
        return new MonitoringKeyPair(monitoringKeyStore()).certificate(password("tls").toCharArray());
    }

    Path monitoringKeyStore() {
        return dir.resolve("steadfast-monitoring.p12");
    }

    Path probeTrustStore() {
        return dir.resolve("steadfast-probe-trust.p12");
    }

    /** The certificate clients trust (PEM). */
    public Path certificate() {
        return dir.resolve("steadfast.crt");
    }

    /** The encrypted expression of a password, {@code ${ENC::steadfast:...}}, made once and kept. */
    synchronized String encrypted(String name) {
        Path file = dir.resolve(name + ".enc");
        if (!Files.exists(file)) {
            PrivateFiles.write(file, "${ENC::steadfast:" + new SecretKeyStore(secretKeyStore()).encrypt(password(name)) + "}");
        }
        return PrivateFiles.read(file);
    }

    /**
     * Creates the secret key store and the cluster key if there are none, and the TLS key pair if there is none that
     * names every one of these addresses; says whether a key pair or cluster key is new (hosts then need the stores).
     */
    synchronized boolean ensureKeyMaterial(Collection<String> addresses) {
        SecretKeyStore secretKeys = new SecretKeyStore(secretKeyStore());
        if (!secretKeys.exists()) {
            secretKeys.create();
        }
        boolean newClusterKey = new ClusterKey(clusterKeyStore()).ensure(password("cluster").toCharArray());
        TlsKeyPair tls = new TlsKeyPair(keyStore(), trustStore(), certificate(), dir.resolve("tls.addresses"));
        Set<String> wanted = new TreeSet<>(addresses);
        boolean newTls = !tls.covers(wanted);
        if (newTls) {
            tls.generate(wanted, password("tls").toCharArray());
        }
        MonitoringKeyPair monitoring = new MonitoringKeyPair(monitoringKeyStore());
        boolean newMonitoring = monitoring.ensure(password("tls").toCharArray());
        if (newTls || newMonitoring || !monitoring.trustedBeside(trustStore(), probeTrustStore(), password("tls").toCharArray())) {
            monitoring.writeProbeTrust(trustStore(), probeTrustStore(), password("tls").toCharArray());
            return true;
        }
        return newClusterKey;
    }

}
