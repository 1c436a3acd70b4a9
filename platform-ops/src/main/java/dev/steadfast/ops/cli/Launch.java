package dev.steadfast.ops.cli;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

import dev.steadfast.ops.domain.Workspace;

/**
 * What a launcher hands over: {@code -Dsteadfast.wildfly.distribution} (the zip the build resolved) and
 * {@code $STEADFAST_STATE}. The PostgreSQL JDBC driver is the one on the command's own class path (its jar's
 * manifest names it), unless {@code -Dsteadfast.postgresql.driver} names another.
 */
final class Launch {

    private static final String DRIVER = "org.postgresql.Driver";

    private Launch() {}

    static Workspace workspace() {
        String configured = System.getenv("STEADFAST_STATE");
        Path state = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".local", "state", "steadfast");
        Path driver = path("steadfast.postgresql.driver");
        return new Workspace(state.toAbsolutePath().normalize(), path("steadfast.wildfly.distribution"),
                driver != null ? driver : driverOnClassPath());
    }

    /**
     * The management client's libraries (JBoss Logging, XNIO, Remoting, Elytron, and SLF4J through its JUL binding)
     * log through java.util.logging: into {@code logs/steadfast.log} of the state directory, never to the terminal.
     */
    static void routeLibraryLogging(Workspace workspace) {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        root.addHandler(new LibraryLog(workspace.stateRoot().resolve("logs").resolve("steadfast.log")));
    }

    private static Path path(String property) {
        String value = System.getProperty(property);
        return value == null || value.isBlank() ? null : Path.of(value).toAbsolutePath().normalize();
    }

    /** The jar of the PostgreSQL driver this JVM would load, found without loading it. */
    private static Path driverOnClassPath() {
        try {
            Class<?> driver = Class.forName(DRIVER, false, Launch.class.getClassLoader());
            CodeSource source = driver.getProtectionDomain().getCodeSource();
            return source == null ? null : Path.of(source.getLocation().toURI());
        } catch (ClassNotFoundException | URISyntaxException e) {
            return null;
        }
    }
}
