package dev.steadfast.ops.provision;

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

import dev.steadfast.ops.system.PrivateFiles;
import dev.steadfast.ops.topology.Host;
import dev.steadfast.ops.topology.Topology;

/**
 * Users of WildFly's two properties realms, in a configuration directory: the entries add-user.sh writes
 * ({@code user=HEX(MD5(user:realm:password))} and the user's groups or roles), written here so that a generated
 * password never appears on a command line and no JVM is started per user. Files stay 0600.
 */
enum RealmUsers {

    /** Management users: the administrator, and the secondary hosts' own accounts at the domain controller. */
    MANAGEMENT("ManagementRealm", "mgmt-users.properties", "mgmt-groups.properties"),
    /** Application users, of the {@code other} application security domain. */
    APPLICATION("ApplicationRealm", "application-users.properties", "application-roles.properties");

    private final String realm;
    private final String usersFile;
    private final String groupsFile;

    RealmUsers(String realm, String usersFile, String groupsFile) {
        this.realm = realm;
        this.usersFile = usersFile;
        this.groupsFile = groupsFile;
    }

    /** On the domain controller: the administrator, and one account per secondary host, with their generated passwords. */
    static void domainAccounts(Path configDir, Topology topology, Secrets secrets) {
        MANAGEMENT.put(configDir, Secrets.ADMIN_USER, secrets.password("admin"), "");
        for (Host other : topology.hosts()) {
            if (!other.domainController()) {
                MANAGEMENT.put(configDir, other.name(), secrets.password("host-" + other.name()), "");
            }
        }
    }

    /** On every host: the applications' administrator (role admin), whom every server of the host authenticates. */
    static void applicationAdmin(Path configDir, Secrets secrets) {
        APPLICATION.put(configDir, Secrets.APP_ADMIN_USER, secrets.password(Secrets.APP_ADMIN_USER), "admin");
    }

    /** Adds the user, or sets its password and groups (roles) if it exists. */
    void put(Path configDir, String user, String password, String groups) {
        set(configDir.resolve(usersFile), user, md5Hex(user + ":" + realm + ":" + password));
        set(configDir.resolve(groupsFile), user, groups);
    }

    private static void set(Path file, String key, String value) {
        try {
            List<String> lines = new ArrayList<>(Files.exists(file) ? Files.readAllLines(file) : List.of());
            lines.removeIf(line -> line.startsWith(key + "="));
            lines.add(key + "=" + value);
            PrivateFiles.write(file, String.join("\n", lines) + "\n");
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
