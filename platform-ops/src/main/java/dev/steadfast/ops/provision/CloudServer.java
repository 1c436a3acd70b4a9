package dev.steadfast.ops.provision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.steadfast.ops.management.JbossCli;
import dev.steadfast.ops.topology.DatabaseKind;
import dev.steadfast.ops.topology.Ports;

/**
 * Configures a standalone server of the cloud shape in an unpacked WildFly, for a container image (docker/): the
 * stock {@code standalone-ha.xml} copied to {@code steadfast.xml}, then the standalone, cloud and profile scripts
 * and the application's own, applied offline with an empty profile prefix, the same scripts a domain gets, and the
 * application as a managed deployment (the image has no deployment scanner, cloud/009). No secret goes in: the
 * profile's secret parameters are left unfilled, so they stay expressions such as {@code ${steadfast.tls.password}}
 * that the server resolves when it starts, from the system properties of {@link ContainerSecrets#PROPERTIES}, and
 * its key stores are read from {@code /run/secrets} (cloud/006). Members find each other with DNS_PING
 * ({@link Discovery#DNS_PING}). The database is the container's choice when it starts ({@code start-server}): H2 in
 * memory, private to each server, unless it names a PostgreSQL database, whose driver the image carries.
 */
public record CloudServer(Installation installation) {

    /** The JGroups members' DNS name, which the container's platform gives each server in its environment. */
    public static final String DNS_QUERY_VARIABLE = Discovery.DNS_QUERY_VARIABLE;
    /** The prefix of the system properties that name the database (docker/server/start-server sets them). */
    private static final String DB_PROPERTY = "steadfast.cloud.db.";

    /**
     * Applies every script to a fresh copy of the stock configuration and adds the application; returns the number
     * of operations that ran. The embedded server starts the key stores as the scripts add them, so it reads them,
     * and the secret values, from the files of {@link ContainerSecrets#files} where they are, and copies none.
     */
    public int configure(Path workDirectory, Path war, Path postgresqlDriver, Map<String, Path> secretFiles) {
        Database.requirePostgresqlDriver(postgresqlDriver);
        Path config = installation.home().resolve("standalone/configuration");
        Path properties = secretFiles.get(ContainerSecrets.PROPERTIES);
        try {
            Files.copy(config.resolve("standalone-ha.xml"), config.resolve(StandaloneServer.CONFIG), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String script = StandaloneServer.offline(CliScripts.render(parameters(), "standalone", "cloud", "profile")
                + ArchiveScripts.of(war).render("")
                + "deploy " + postgresqlDriver.toAbsolutePath() + " --name=" + DatabaseKind.POSTGRESQL.driver() + "\n"
                + "deploy " + war.toAbsolutePath() + " --name=" + war.getFileName() + "\n");
        return new JbossCli(installation.home(), workDirectory).run(script, "cloud-server.cli",
                "-Dsteadfast.secrets.dir=" + properties.getParent(), List.of("--properties=" + properties)).changes();
    }

    private static Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("steadfast.profile", "");
        p.put("steadfast.config.dir", "steadfast.secrets");
        p.put("steadfast.server.https-port", String.valueOf(Ports.HTTPS));
        Discovery.DNS_PING.put(p);
        // Expressions the server resolves when it starts, from the system properties start-server sets when the
        // container names a PostgreSQL database; without them, H2 in memory, private to each server.
        p.put("steadfast.db.driver", "${" + DB_PROPERTY + "driver:" + DatabaseKind.H2.driver() + "}");
        p.put("steadfast.db.url", "${" + DB_PROPERTY + "url:jdbc:h2:mem:steadfast;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000}");
        p.put("steadfast.db.user", "${" + DB_PROPERTY + "user:steadfast}");
        LeakDetection.parameters(p, false);
        return p;
    }
}
