package dev.steadfast.ops.cli;

import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

import dev.steadfast.ops.ClassPathFolder;
import dev.steadfast.ops.domain.Workspace;

/**
 * What a launcher hands over: {@code -Dsteadfast.wildfly.distribution} (the zip the build resolved) and
 * {@code $STEADFAST_STATE}. The PostgreSQL JDBC driver deployed to the servers is the jar on the command's own
 * class path (its jar's manifest names it).
 */
final class Launch {

    private static final String DRIVER = "org/postgresql/Driver.class";

    private Launch() {}

    static Workspace workspace() {
        String configured = System.getenv("STEADFAST_STATE");
        Path state = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".local", "state", "steadfast");
        return new Workspace(state.toAbsolutePath().normalize(), path("steadfast.wildfly.distribution"),
                ClassPathFolder.jarHolding(DRIVER).orElse(null));
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
}
