package dev.steadfast.ops.cli;

import java.nio.file.Path;

import dev.steadfast.ops.topology.DatabaseChoice;
import dev.steadfast.ops.topology.DatabaseKind;
import picocli.CommandLine.Option;

/** {@code --db} and the PostgreSQL connection options: which database the application servers use. */
final class DatabaseOptions {

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
