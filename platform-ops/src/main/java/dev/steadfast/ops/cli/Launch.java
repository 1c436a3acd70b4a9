package dev.steadfast.ops.cli;

import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

import dev.steadfast.ops.domain.Workspace;

/**
 * What the launcher hands over: {@code -Dsteadfast.root} (the project), {@code -Dsteadfast.wildfly.distribution} and
 * {@code -Dsteadfast.postgresql.driver} (what the build resolved), and {@code $STEADFAST_STATE}.
 */
final class Launch {

    private Launch() {}

    static Workspace workspace() {
        String configured = System.getenv("STEADFAST_STATE");
        Path state = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".local", "state", "steadfast");
        return new Workspace(path("steadfast.root", "."), state.toAbsolutePath().normalize(),
                path("steadfast.wildfly.distribution", null), path("steadfast.postgresql.driver", null));
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

    private static Path path(String property, String fallback) {
        String value = System.getProperty(property, fallback);
        return value == null || value.isBlank() ? null : Path.of(value).toAbsolutePath().normalize();
    }
}
