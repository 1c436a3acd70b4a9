package dev.steadfast.ops.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * A database password given again with another value reaches the datasource: provisioning (offline, nothing
 * started) twice with two passwords leaves the second one's encrypted expression in the configuration, not the
 * first. Before profile/100 compared the expression, the datasource kept the first password for good.
 */
class DatabasePasswordIT {

    private static final Pattern DATASOURCE_PASSWORD =
            Pattern.compile("<datasource jndi-name=\"java:jboss/datasources/SteadfastDS\".*?<credential-reference clear-text=\"([^\"]+)\"",
                    Pattern.DOTALL);

    private final SteadfastCommand steadfast = new SteadfastCommand(TestState.directory("password-change"));

    @Test
    void aChangedDatabasePasswordReplacesTheOldOneInTheDatasource() throws IOException {
        Path passwordFile = steadfast.state().resolve("given-db.password");

        Files.writeString(passwordFile, "firstPassword1");
        provision(passwordFile);
        String first = datasourcePassword();
        assertEquals(storedExpression(), first, "the datasource uses the stored expression of the first password");

        Files.writeString(passwordFile, "secondPassword2");
        provision(passwordFile);
        String second = datasourcePassword();
        assertNotEquals(first, second, "the first password stayed in the datasource");
        assertEquals(storedExpression(), second, "the datasource uses the stored expression of the second password");
    }

    private void provision(Path passwordFile) {
        SteadfastCommand.Result r = steadfast.run("provision", "--db", "postgresql",
                "--jdbc-url", "jdbc:postgresql://127.0.0.1:5432/shop", "--db-user", "shop_app",
                "--db-password-file", passwordFile.toString());
        assertEquals(0, r.exitCode(), r.stdout() + r.stderr());
    }

    private String datasourcePassword() throws IOException {
        String domain = Files.readString(steadfast.state().resolve("hosts/primary/configuration/domain.xml"));
        Matcher m = DATASOURCE_PASSWORD.matcher(domain);
        if (!m.find()) {
            throw new AssertionError("SteadfastDS has no credential reference in domain.xml");
        }
        return m.group(1);
    }

    private String storedExpression() throws IOException {
        return Files.readString(steadfast.state().resolve("secrets/db.enc")).trim();
    }
}
