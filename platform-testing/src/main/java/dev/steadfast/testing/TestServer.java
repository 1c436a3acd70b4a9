package dev.steadfast.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The test server the build provisioned: its directory comes from the system property
 * {@code steadfast.server.dir} (the archetype's pom sets it for failsafe), its generated secrets lie in
 * {@code steadfast/secrets} under it.
 */
public final class TestServer {

    /** The HTTPS port of the test server (cli-scripts/standalone). */
    public static final int HTTPS_PORT = 8443;

    private TestServer() {
    }

    public static Path secrets() {
        String dir = System.getProperty("steadfast.server.dir");
        if (dir == null) {
            throw new IllegalStateException("System property steadfast.server.dir is not set: run the tests with failsafe as the pom configures it.");
        }
        return Path.of(dir, "steadfast", "secrets");
    }

    /** The generated password of an application user made with StandaloneServer's --app-user. */
    public static String applicationUserPassword(String user) {
        return read(secrets().resolve("app-" + user + ".password"));
    }

    /** A generated secret's file, without its line end. */
    public static String read(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
