package dev.steadfast.ops.provision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

import javax.crypto.KeyGenerator;

import dev.steadfast.ops.system.PrivateFiles;

/**
 * The key that encrypts cluster traffic (JGroups SYM_ENCRYPT, cli-scripts/profile/085-cluster-encryption.cli): an
 * AES-256 key, made once at set-up, in a PKCS12 key store (alias {@value #ALIAS}) that every host gets a copy of.
 * WildFly's encrypt protocols read a key store, not a credential-store entry, hence a store of its own.
 */
record ClusterKey(Path file) {

    static final String ALIAS = "cluster";

    /** Makes the key store unless it exists; says whether it is new (hosts then need the copy). */
    boolean ensure(char[] password) {
        if (Files.isRegularFile(file)) {
            return false;
        }
        try {
            KeyGenerator aes = KeyGenerator.getInstance("AES");
            aes.init(256);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setEntry(ALIAS, new KeyStore.SecretKeyEntry(aes.generateKey()), new KeyStore.PasswordProtection(password));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password);
            PrivateFiles.write(file, out.toByteArray());
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot make the cluster key", e);
        }
    }
}
