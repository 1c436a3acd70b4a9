package dev.steadfast.ops.provision;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Map;

import javax.crypto.SecretKey;

import org.wildfly.security.credential.SecretKeyCredential;
import org.wildfly.security.credential.store.CredentialStore;
import org.wildfly.security.credential.store.WildFlyElytronCredentialStoreProvider;
import org.wildfly.security.credential.store.impl.PropertiesCredentialStore;
import org.wildfly.security.encryption.CipherUtil;
import org.wildfly.security.encryption.SecretKeyUtil;

import dev.steadfast.ops.system.PrivateFiles;

/**
 * The AES key behind the configuration's encrypted expressions: a PropertiesCredentialStore file holding one secret
 * key, alias {@value #ALIAS}, which the servers' {@code secret-key-credential-store} reads (profile/080, host/030).
 * Made and used here with Elytron's own classes, as elytron-tool would, but in this JVM: no process per secret and no
 * clear text on a command line. {@link #encrypt} gives the token of {@code ${ENC::steadfast:TOKEN}}.
 */
record SecretKeyStore(Path file) {

    static final String ALIAS = "key";
    private static final int KEY_BITS = 256;

    boolean exists() {
        return Files.exists(file);
    }

    void create() {
        try {
            CredentialStore store = open(true);
            store.store(ALIAS, new SecretKeyCredential(SecretKeyUtil.generateSecretKey(KEY_BITS)));
            store.flush();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot create the secret key store " + file + ": " + e.getMessage(), e);
        }
        PrivateFiles.restrict(file);
    }

    String encrypt(String clearText) {
        try {
            SecretKey key = open(false).retrieve(ALIAS, SecretKeyCredential.class).getSecretKey();
            return CipherUtil.encrypt(clearText, key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt with the key of " + file + ": " + e.getMessage(), e);
        }
    }

    private CredentialStore open(boolean create) throws GeneralSecurityException {
        CredentialStore store = CredentialStore.getInstance(PropertiesCredentialStore.NAME,
                WildFlyElytronCredentialStoreProvider.getInstance());
        store.initialize(Map.of("location", file.toString(), "create", String.valueOf(create)));
        return store;
    }
}
