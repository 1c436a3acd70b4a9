package dev.steadfast.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Users of ApplicationRealm, the realm behind the {@code other} application security domain, in a configuration
 * directory's application-users.properties and application-roles.properties: the entries add-user.sh writes,
 * written here so that a generated password never appears on a command line. Files stay 0600.
 */
final class ApplicationUsers {

    static final String REALM = "ApplicationRealm";

    private ApplicationUsers() {}

    /** Adds the user, or sets its password and roles if it exists. */
    static void put(Path configDir, String user, String password, String roles) {
        set(configDir.resolve("application-users.properties"), user, md5Hex(user + ":" + REALM + ":" + password));
        set(configDir.resolve("application-roles.properties"), user, roles);
    }

    private static void set(Path file, String key, String value) {
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(file));
            lines.removeIf(line -> line.startsWith(key + "="));
            lines.add(key + "=" + value);
            StateDir.writePrivate(file, String.join("\n", lines) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String md5Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
