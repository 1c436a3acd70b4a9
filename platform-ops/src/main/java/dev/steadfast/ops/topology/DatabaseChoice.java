package dev.steadfast.ops.topology;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import dev.steadfast.ops.UserError;

/**
 * Which database the application servers use, as the user chose it; a bad choice is refused before anything starts.
 * The URL and the user name go into CLI scripts (cli-scripts/profile/100-datasource.cli, inside quotes), so
 * whatever could end the quotes, start an expression or a new line there is refused rather than escaped: a
 * PostgreSQL URL and a role name never need it.
 */
public record DatabaseChoice(DatabaseKind kind, String jdbcUrl, String user, Path passwordFile) {

    /** A PostgreSQL URL: one or more HOST[:PORT] (numeric ports), a database name, optional parameters. */
    private static final Pattern POSTGRESQL_URL = Pattern.compile("jdbc:postgresql://" + host() + "(," + host() + ")*"
            + "/[A-Za-z0-9_.\\-]+(\\?[A-Za-z0-9_.\\-=&%/:,+@]*)?");
    /** A PostgreSQL role name as written without quotes in SQL (letters, digits, _ and $ are allowed there; $ is not here). */
    private static final Pattern USER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    public DatabaseChoice {
        if (kind == DatabaseKind.POSTGRESQL) {
            if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql://")) {
                throw new UserError("--db postgresql needs --jdbc-url jdbc:postgresql://HOST:PORT/DATABASE.");
            }
            if (!POSTGRESQL_URL.matcher(jdbcUrl).matches()) {
                throw new UserError("--jdbc-url must be jdbc:postgresql://HOST[:PORT][,HOST[:PORT]...]/DATABASE[?PARAMETERS] with a numeric"
                        + " port and no quotes, spaces, $ or backslashes.");
            }
            if (user == null || passwordFile == null || !Files.isReadable(passwordFile)) {
                throw new UserError("--db postgresql needs --db-user NAME and --db-password-file FILE (a readable file holding the password).");
            }
            if (!USER.matcher(user).matches()) {
                throw new UserError("--db-user must be a plain role name: a letter or _, then up to 62 letters, digits or _.");
            }
        }
    }

    /** HOST[:PORT]: a name, an IPv4 address or a bracketed IPv6 one, and a numeric port. */
    private static String host() {
        return "(\\[[0-9A-Fa-f:]+\\]|[A-Za-z0-9.\\-]+)(:[0-9]{1,5})?";
    }

    /** The zero-install default. */
    public static DatabaseChoice h2() {
        return new DatabaseChoice(DatabaseKind.H2, null, null, null);
    }
}
