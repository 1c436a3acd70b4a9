package dev.steadfast.runtime.password;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;

/**
 * bcrypt with Elytron's own implementation, the one the server's jdbc-realm checks a sign-in with: the hash and salt
 * in standard Base64 and the cost, the three columns its bcrypt mapper reads. Cost 10 (2^10 rounds): about 0.1 s a
 * hash on a 2-core machine, paid at each sign-in. An application that keeps its own accounts (the EHR's staff, the
 * ERP's users) stores the three values and names its table in a jdbc-realm with a bcrypt-mapper.
 */
public final class PasswordHashing {

    private static final int COST = 10;
    private static final int SALT_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHashing() {
    }

    /** A new salted hash of the password. */
    public static HashedPassword hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, WildFlyElytronPasswordProvider.getInstance());
            BCryptPassword hashed = (BCryptPassword) factory.generatePassword(
                    new EncryptablePasswordSpec(password.toCharArray(), new IteratedSaltedPasswordAlgorithmSpec(COST, salt)));
            Base64.Encoder base64 = Base64.getEncoder();
            return new HashedPassword(base64.encodeToString(hashed.getHash()), base64.encodeToString(hashed.getSalt()), hashed.getIterationCount());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available", e);
        }
    }

    /** What the realm reads: Base64 hash, Base64 salt, cost. */
    public record HashedPassword(String hash, String salt, int cost) {
    }
}
