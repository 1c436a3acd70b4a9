package dev.steadfast.ops.provision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.steadfast.ops.UserError;
import dev.steadfast.ops.Versions;
import dev.steadfast.ops.management.JbossCli;
import dev.steadfast.ops.system.PrivateFiles;
import dev.steadfast.ops.topology.Ports;

/**
 * Provisions a standalone server of the steadfast-ha flavour in an unpacked WildFly, for an application's
 * Arquillian tests: the build unpacks {@code wildfly-dist} into {@code target/server} and runs this class there
 * (exec-maven-plugin), so no {@code JBOSS_HOME} is needed. It copies the stock {@code standalone-ha.xml} to
 * {@code steadfast.xml} and applies the profile and standalone scripts offline with an empty profile prefix,
 * the same scripts a domain gets. Secrets are generated into {@code steadfast/secrets} of the server (0700/0600):
 * the TLS key pair, its trust store for the tests' HTTPS client, and the key of the encrypted expressions.
 * Applying the same scripts twice does nothing, so a second build starts at once.
 */
public final class StandaloneServer {

    static final String CONFIG = "steadfast.xml";
    static final String ADDRESS = "127.0.0.1";
    private static final String APP_USERS = "--app-users=";
    private static final String APP_ARCHIVE = "--app-archive=";

    private final Installation installation;
    private final StateDir state;
    private final Secrets secrets;

    StandaloneServer(Path home) {
        if (!Files.isRegularFile(home.resolve("jboss-modules.jar"))) {
            throw new UserError("No WildFly installation at " + home + ": unpack org.wildfly:wildfly-dist there first.");
        }
        this.installation = new Installation(home, Versions.wildfly());
        this.state = new StateDir(home.resolve("steadfast"));
        this.secrets = new Secrets(state);
    }

    /**
     * Usage: {@code StandaloneServer <server-home> [--app-users="NAME=ROLE[,ROLE...] ..."] [--app-archive=WAR]}, as
     * steadfast-app-parent runs it. Each application user gets a generated password, kept in
     * {@code steadfast/secrets/app-NAME.password} for the tests. The archive's own profile scripts
     * ({@link ArchiveScripts}), if it carries any, are applied after the curated ones. Fails the build (an exception)
     * if anything goes wrong.
     */
    public static void main(String[] args) {
        String users = "";
        Optional<Path> archive = Optional.empty();
        boolean understood = args.length > 0;
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith(APP_USERS)) {
                users = args[i].substring(APP_USERS.length()).strip();
            } else if (args[i].startsWith(APP_ARCHIVE)) {
                archive = Optional.of(Path.of(args[i].substring(APP_ARCHIVE.length())));
            } else {
                understood = false;
            }
        }
        if (!understood) {
            throw new UserError("Usage: StandaloneServer <server-home> [" + APP_USERS + "\"NAME=ROLE[,ROLE...] ...\"] [" + APP_ARCHIVE + "WAR]");
        }
        StandaloneServer server = new StandaloneServer(Path.of(args[0]).toAbsolutePath().normalize());
        // An application packaged otherwise than as the WAR named carries no scripts here: said, not an error.
        archive.filter(a -> !Files.isRegularFile(a))
                .ifPresent(a -> System.out.println("steadfast: no " + a + ", so no profile scripts of the application are applied"));
        String changed = server.provision(archive.filter(Files::isRegularFile).map(ArchiveScripts::of));
        for (String entry : users.isEmpty() ? new String[0] : users.split("\\s+")) {
            String[] user = entry.split("=", 2);
            if (user.length != 2 || !user[0].matches("[a-z][a-z0-9-]{0,30}")
                    || !user[1].matches("[A-Za-z][A-Za-z0-9_-]*(,[A-Za-z][A-Za-z0-9_-]*)*")) {
                throw new UserError("Expected NAME=ROLE[,ROLE...] with a lower-case name in " + APP_USERS + ", not " + entry + ".");
            }
            server.applicationUser(user[0], user[1]);
        }
        System.out.println("steadfast: standalone server at " + args[0] + " (" + CONFIG + "): " + changed);
    }

    /** Makes the server match the curated scripts and the application's own; says whether anything had to be applied. */
    String provision(Optional<ArchiveScripts> application) {
        Path config = installation.home().resolve("standalone/configuration");
        secrets.ensureKeyMaterial(List.of(ADDRESS));
        for (Path secret : List.of(secrets.secretKeyStore(), secrets.keyStore(), secrets.clusterKeyStore())) {
            PrivateFiles.copy(secret, config.resolve(secret.getFileName()));
        }
        String script = offline(CliScripts.render(parameters(), "standalone", "test-server", "profile")
                + application.map(scripts -> scripts.render("")).orElse(""));
        Path applied = state.root().resolve("applied.cli");
        try {
            if (Files.isRegularFile(config.resolve(CONFIG)) && Files.isRegularFile(applied)
                    && Files.readString(applied).equals(script)) {
                return "up to date";
            }
            if (!Files.isRegularFile(config.resolve(CONFIG))) {
                Files.copy(config.resolve("standalone-ha.xml"), config.resolve(CONFIG), StandardCopyOption.COPY_ATTRIBUTES);
            }
            JbossCli.Outcome outcome = new JbossCli(installation.home(), state.run()).run(script, "provision.cli", "", List.of());
            PrivateFiles.write(applied, script);
            return outcome.changes() + " changes applied";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CLI script that applies {@code commands} to {@value #CONFIG} offline, in an embedded server. */
    static String offline(String commands) {
        return "embed-server --server-config=" + CONFIG + " --std-out=discard\n" + commands + "stop-embedded-server\n";
    }

    /** An application user with the given roles and a generated password (an existing user keeps its password). */
    void applicationUser(String name, String roles) {
        String password = secrets.password("app-" + name);
        RealmUsers.APPLICATION.put(installation.home().resolve("standalone/configuration"), name, password, roles);
    }

    private Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("steadfast.profile", "");
        p.put("steadfast.config.dir", "jboss.server.config.dir");
        p.put("steadfast.server.https-port", String.valueOf(Ports.HTTPS));
        Discovery.TCPPING.put(p);
        p.put("steadfast.server.members", ADDRESS + "[" + Ports.JGROUPS + "]");
        // An in-memory H2 database, private to the test server and gone with it: tests start from empty tables.
        p.put("steadfast.db.driver", "h2");
        // LOCK_TIMEOUT: concurrent checkouts wait on each other's row locks for longer than H2's default 1 s.
        p.put("steadfast.db.url", "jdbc:h2:mem:steadfast;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        p.put("steadfast.db.user", "steadfast");
        secrets.putProfileSecrets(p);
        // A test server is where leaks should show: its tests run every code path.
        LeakDetection.parameters(p, true);
        return p;
    }
}
