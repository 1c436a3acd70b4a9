package dev.steadfast.ops.provision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.steadfast.ops.system.PrivateFiles;
import dev.steadfast.ops.system.Processes;

/**
 * Every secret of a domain, generated here at set-up, never typed by anyone and never in git: the
 * administrator's and each secondary host's management password, the TLS key pair and its password,
 * the database password, and the AES key (a secret-key credential store) that turns each of them into
 * an encrypted expression {@code ${ENC::steadfast:...}} for the configuration. Files are mode 0600 in a
 * 0700 directory. An encrypted form is made once and kept, so re-applying the scripts changes nothing.
 */
public final class Secrets {

    public static final String ADMIN_USER = "steadfast-admin";
    /** The applications' administrator (role admin in ApplicationRealm on every host), e.g. the shop's. */
    public static final String APP_ADMIN_USER = "app-admin";
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final Pattern TOKEN = Pattern.compile("token '([^']+)'");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;
    private final Path wildflyHome;

    /** The secrets of a state directory; wildflyHome (its elytron-tool) is needed only to make new ones. */
    public Secrets(StateDir state, Path wildflyHome) {
        this.dir = PrivateFiles.directory(state.secrets());
        this.wildflyHome = wildflyHome;
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

    /** A password generated on first use and read back afterwards. */
    public String password(String name) {
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
    void storePassword(String name, String value) {
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

    /** The certificate clients trust (PEM). */
    public Path certificate() {
        return dir.resolve("steadfast.crt");
    }

    Path passwordFile(String name) {
        return dir.resolve(name + ".password");
    }

    /** The encrypted expression of a password, {@code ${ENC::steadfast:...}}, made once with elytron-tool. */
    String encrypted(String name) {
        Path file = dir.resolve(name + ".enc");
        try {
            if (!Files.exists(file)) {
                String out = elytronTool("--encrypt", "key", "--clear-text", password(name));
                Matcher m = TOKEN.matcher(out);
                if (!m.find()) {
                    throw new IllegalStateException("elytron-tool did not print an encrypted token:\n" + out);
                }
                PrivateFiles.write(file, "${ENC::steadfast:" + m.group(1) + "}");
            }
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates the secret key store and the TLS key material if this state directory has none yet. */
    void ensureKeyMaterial(List<String> addresses) {
        if (!Files.exists(secretKeyStore())) {
            elytronTool("--create");
            elytronTool("--generate-secret-key", "key");
            PrivateFiles.restrict(secretKeyStore());
        }
        if (!Files.exists(keyStore()) || !Files.exists(trustStore())) {
            password("tls");
            // The password reaches keytool as its 0600 file, never on a command line (ps shows those to everyone).
            String pwFile = passwordFile("tls").toString();
            StringBuilder san = new StringBuilder("SAN=dns:localhost");
            addresses.forEach(a -> san.append(",ip:").append(a));
            keytool("-genkeypair", "-alias", "steadfast", "-keyalg", "EC", "-groupname", "secp256r1",
                    "-validity", "825", "-dname", "CN=steadfast.local, O=Steadfast", "-ext", san.toString(),
                    "-keystore", keyStore().toString(), "-storetype", "PKCS12", "-storepass:file", pwFile);
            Path cert = certificate();
            keytool("-exportcert", "-rfc", "-alias", "steadfast", "-keystore", keyStore().toString(),
                    "-storetype", "PKCS12", "-storepass:file", pwFile, "-file", cert.toString());
            keytool("-importcert", "-noprompt", "-alias", "steadfast", "-file", cert.toString(),
                    "-keystore", trustStore().toString(), "-storetype", "PKCS12", "-storepass:file", pwFile);
            PrivateFiles.restrict(keyStore());
            PrivateFiles.restrict(trustStore());
            PrivateFiles.restrict(cert);
        }
    }

    private String elytronTool(String... args) {
        List<String> cmd = new ArrayList<>(List.of(wildflyHome.resolve("bin/elytron-tool.sh").toString(),
                "credential-store", "--location", secretKeyStore().toString(), "--type", "PropertiesCredentialStore"));
        cmd.addAll(List.of(args));
        return Processes.runOrFail(cmd, Map.of("JAVA_OPTS", "-Xmx64m"), Duration.ofMinutes(2));
    }

    private static void keytool(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Processes.javaBin("keytool").toString()));
        cmd.addAll(List.of(args));
        Processes.runOrFail(cmd, Map.of(), Duration.ofMinutes(1));
    }
}
