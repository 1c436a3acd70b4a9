package dev.steadfast.ops.cli;

import java.nio.file.Path;

import dev.steadfast.ops.topology.DatabaseChoice;
import dev.steadfast.ops.topology.DatabaseKind;
import picocli.CommandLine.Option;

/**
 * What a domain is made of, as up, provision, apply --offline and render take it: {@code --topology}, and {@code --db}
 * with the PostgreSQL connection options (which database the application servers use).
 */
final class TopologyOptions {

    @Option(names = "--topology", paramLabel = "NAME|FILE", defaultValue = "local",
            description = "A topology of wildfly-config/topologies, or a .properties file of the same form (default: ${DEFAULT-VALUE}).")
    String topology;

    @Option(names = "--db", paramLabel = "h2|postgresql", defaultValue = "h2",
            description = "The applications' database: h2 (started by up, the default) or postgresql (yours, given below).")
    String kind;

    @Option(names = "--jdbc-url", paramLabel = "URL", description = "With --db postgresql: jdbc:postgresql://HOST:PORT/DATABASE.")
    String jdbcUrl;

    @Option(names = "--db-user", paramLabel = "NAME", description = "With --db postgresql: the database user.")
    String user;

    @Option(names = "--db-password-file", paramLabel = "FILE",
            description = "With --db postgresql: a file holding the user's password (never the password itself on a command line).")
    Path passwordFile;

    DatabaseChoice choice() {
        return new DatabaseChoice(DatabaseKind.fromOption(kind), jdbcUrl, user, passwordFile == null ? null : passwordFile.toAbsolutePath());
    }
}
