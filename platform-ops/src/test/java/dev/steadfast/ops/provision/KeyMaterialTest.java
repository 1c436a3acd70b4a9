package dev.steadfast.ops.provision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wildfly.security.credential.SecretKeyCredential;
import org.wildfly.security.credential.store.CredentialStore;
import org.wildfly.security.credential.store.WildFlyElytronCredentialStoreProvider;
import org.wildfly.security.encryption.CipherUtil;

/**
 * Key material made in this JVM with Elytron's classes: an encrypted expression decrypts, with the key the servers
 * will read, to the password; the TLS key pair is readable with its password, names every address, and is made anew
 * when the topology gains an address. Every file is 0600.
 */
class KeyMaterialTest {

    @TempDir
    Path state;

    @Test
    void anEncryptedExpressionDecryptsWithTheStoredKeyToThePassword() throws Exception {
        Secrets secrets = new Secrets(new StateDir(state));
        secrets.ensureKeyMaterial(List.of("127.0.0.1"));
        String expression = secrets.encrypted("db");
        assertTrue(expression.startsWith("${ENC::steadfast:") && expression.endsWith("}"), expression);
        String token = expression.substring("${ENC::steadfast:".length(), expression.length() - 1);

        CredentialStore store = CredentialStore.getInstance("PropertiesCredentialStore", WildFlyElytronCredentialStoreProvider.getInstance());
        store.initialize(java.util.Map.of("location", secrets.secretKeyStore().toString(), "create", "false"));
        String clear = CipherUtil.decrypt(token, store.retrieve("key", SecretKeyCredential.class).getSecretKey());
        assertEquals(secrets.password("db"), clear);
        assertEquals(expression, secrets.encrypted("db"), "an encrypted form is made once and kept");
        assertOwnerOnly(secrets.secretKeyStore());
    }

    @Test
    void theProbeListenerTrustsTheMonitoringKeyBesideTheDomainsWhileTheWorkersApplicationListenerTrustsTheDomainsAlone() throws Exception {
        Secrets secrets = new Secrets(new StateDir(state));
        assertTrue(secrets.ensureKeyMaterial(List.of("127.0.0.1")), "new key material: the hosts need the stores");
        char[] password = secrets.password("tls").toCharArray();
        X509Certificate monitoring = new MonitoringKeyPair(secrets.monitoringKeyStore()).certificate(password);
        assertEquals("CN=steadfast-monitoring, O=Steadfast", monitoring.getSubjectX500Principal().getName(javax.security.auth.x500.X500Principal.RFC1779));
        KeyStore probeTrust = load(secrets.probeTrustStore(), password);
        KeyStore domainTrust = load(secrets.trustStore(), password);
        assertEquals(2, probeTrust.size());
        assertTrue(probeTrust.getCertificateAlias(monitoring) != null, "the probe listener trusts the monitoring key");
        assertEquals(1, domainTrust.size());
        assertEquals(null, domainTrust.getCertificateAlias(monitoring), "the application listener trusts the monitoring key");

        Path pem = state.resolve("pem");
        Files.createDirectories(pem);
        secrets.writeMonitoringPem(pem.resolve("client.crt"), pem.resolve("client.key"));
        assertTrue(Files.readString(pem.resolve("client.key")).startsWith("-----BEGIN PRIVATE KEY-----"));
        assertOwnerOnly(pem.resolve("client.key"));
        assertOwnerOnly(secrets.monitoringKeyStore());
        assertFalse(secrets.ensureKeyMaterial(List.of("127.0.0.1")), "nothing new the second time");
    }

    @Test
    void hostsProvisionedInParallelGetOneAndTheSameEncryptedForm() throws Exception {
        Secrets secrets = new Secrets(new StateDir(state));
        secrets.ensureKeyMaterial(List.of("127.0.0.1"));
        List<java.util.concurrent.CompletableFuture<String>> hosts = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            hosts.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> secrets.encrypted("tls")));
        }
        Set<String> forms = new TreeSet<>();
        for (var host : hosts) {
            forms.add(host.get());
        }
        assertEquals(1, forms.size(), forms.toString());
    }

    @Test
    void theKeyPairNamesEveryAddressAndOpensWithItsPassword() throws Exception {
        Secrets secrets = new Secrets(new StateDir(state));
        assertTrue(secrets.ensureKeyMaterial(List.of("127.0.0.11", "127.0.1.11", "127.0.0.11")));
        char[] password = secrets.password("tls").toCharArray();
        KeyStore keys = load(secrets.keyStore(), password);
        assertTrue(keys.getKey("steadfast", password) instanceof PrivateKey);
        X509Certificate cert = (X509Certificate) load(secrets.trustStore(), password).getCertificate("steadfast");
        assertEquals(cert, keys.getCertificate("steadfast"));
        Set<String> names = new TreeSet<>();
        cert.getSubjectAlternativeNames().forEach(n -> names.add(String.valueOf(n.get(1))));
        assertEquals(Set.of("localhost", "127.0.0.11", "127.0.1.11"), names);
        assertTrue(Files.readString(secrets.certificate()).startsWith("-----BEGIN CERTIFICATE-----\n"));
        for (Path f : List.of(secrets.keyStore(), secrets.trustStore(), secrets.certificate())) {
            assertOwnerOnly(f);
        }
    }

    @Test
    void theKeyPairIsKeptWhileItNamesEveryAddressAndMadeAnewForANewOne() throws Exception {
        Secrets secrets = new Secrets(new StateDir(state));
        secrets.ensureKeyMaterial(List.of("127.0.0.11", "127.0.0.12"));
        byte[] first = Files.readAllBytes(secrets.keyStore());
        assertFalse(secrets.ensureKeyMaterial(List.of("127.0.0.12")), "a subset of its addresses keeps the pair");
        assertEquals(new String(first, "ISO-8859-1"), new String(Files.readAllBytes(secrets.keyStore()), "ISO-8859-1"));
        assertTrue(secrets.ensureKeyMaterial(List.of("127.0.0.11", "127.0.2.11")), "a new address makes a new pair");
        assertNotEquals(new String(first, "ISO-8859-1"), new String(Files.readAllBytes(secrets.keyStore()), "ISO-8859-1"));
    }

    private static KeyStore load(Path file, char[] password) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            ks.load(in, password);
        }
        return ks;
    }

    private static void assertOwnerOnly(Path file) throws Exception {
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), file.toString());
    }
}
