package dev.steadfast.runtime.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.NavigableMap;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys that seal the audit chain, by version: each record is sealed with HMAC-SHA256 under the newest
 * version and names that version, so after a rotation old records still verify under the key they were sealed
 * with. Whoever can rewrite the table but does not hold a key cannot make a chain that verifies: a chain
 * recomputed with plain SHA-256, or under a guessed key, breaks at its first forged record.
 * <p>
 * The text form is what the server binds (see {@link AuditKeySource}): {@code VERSION:SECRET} pairs, comma
 * separated, e.g. {@code 1:ab3...,2:Zq9...}; a version is a positive integer, a secret at least 32 characters
 * (its UTF-8 bytes are the key). The text never reaches a log or a message.
 */
public final class AuditKeys {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MIN_SECRET_LENGTH = 32;

    private final NavigableMap<Integer, SecretKeySpec> keys;

    private AuditKeys(NavigableMap<Integer, SecretKeySpec> keys) {
        this.keys = Collections.unmodifiableNavigableMap(keys);
    }

    /**
     * @param text the bound form, {@code VERSION:SECRET[,VERSION:SECRET...]}
     * @return the keys it holds
     * @throws IllegalArgumentException naming what is wrong, never quoting a secret
     */
    public static AuditKeys parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("The audit keys are empty");
        }
        NavigableMap<Integer, SecretKeySpec> keys = new TreeMap<>();
        for (String pair : text.strip().split(",")) {
            int colon = pair.indexOf(':');
            int version;
            try {
                version = Integer.parseInt(pair.substring(0, Math.max(colon, 0)).strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("An audit key does not start with a version number and a colon");
            }
            String secret = pair.substring(colon + 1).strip();
            if (version < 1 || secret.length() < MIN_SECRET_LENGTH) {
                throw new IllegalArgumentException("Audit key version " + version
                        + " needs a positive version and a secret of at least " + MIN_SECRET_LENGTH + " characters");
            }
            if (keys.put(version, new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM)) != null) {
                throw new IllegalArgumentException("Audit key version " + version + " is given twice");
            }
        }
        return new AuditKeys(keys);
    }

    /** @return the version new records are sealed with: the highest */
    public int current() {
        return keys.lastKey();
    }

    /** @return true when this version's key is here, so records sealed with it can be checked */
    public boolean has(int version) {
        return keys.containsKey(version);
    }

    /**
     * @return the lowercase hex HMAC-SHA256 of {@code text} under key {@code version}
     * @throws IllegalArgumentException when there is no such version
     */
    public String seal(int version, String text) {
        SecretKeySpec key = keys.get(version);
        if (key == null) {
            throw new IllegalArgumentException("There is no audit key version " + version);
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java platform has " + ALGORITHM, e);
        }
    }

    /** @return the versions held, for messages; never the secrets */
    @Override
    public String toString() {
        return "AuditKeys" + keys.keySet();
    }
}
