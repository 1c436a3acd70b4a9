package dev.steadfast.ops.topology;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.steadfast.ops.UserError;

/** Which database the application servers use, as the user chose it; a bad choice is refused before anything starts. */
public record DatabaseChoice(DatabaseKind kind, String jdbcUrl, String user, Path passwordFile) {

    public DatabaseChoice {
        if (kind == DatabaseKind.POSTGRESQL) {
            if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql://")) {
                throw new UserError("--db postgresql needs --jdbc-url jdbc:postgresql://HOST:PORT/DATABASE.");
            }
            if (user == null || passwordFile == null || !Files.isReadable(passwordFile)) {
                throw new UserError("--db postgresql needs --db-user NAME and --db-password-file FILE (a readable file holding the password).");
            }
        }
    }

    /** The zero-install default. */
    public static DatabaseChoice h2() {
        return new DatabaseChoice(DatabaseKind.H2, null, null, null);
    }
}
