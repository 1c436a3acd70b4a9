package dev.steadfast.ops.domain;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URL;
import java.net.URLClassLoader;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

import dev.steadfast.ops.provision.Database;
import dev.steadfast.ops.provision.Installation;
import dev.steadfast.ops.provision.Secrets;
import dev.steadfast.ops.provision.StateDir;
import dev.steadfast.ops.system.PrivateFiles;
import dev.steadfast.ops.system.ProcessTree;
import dev.steadfast.ops.system.Processes;
import dev.steadfast.ops.system.StartedProcess;
import dev.steadfast.ops.topology.Ports;

/**
 * The zero-install database: H2 in TCP server mode, from the jar WildFly ships, bound to the domain controller's
 * private address and shared by every server. The database is created locally with the generated password before
 * the server starts, and the server refuses to create databases remotely.
 */
final class H2Server {

    /** Its role among the processes {@code up} started. */
    static final String ROLE = "h2";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final Installation installation;
    private final StateDir state;
    private final Secrets secrets;
    private final String address;

    H2Server(Installation installation, StateDir state, Secrets secrets, String address) {
        this.installation = installation;
        this.state = state;
        this.secrets = secrets;
        this.address = address;
    }

    /**
     * Starts the server and returns it once it accepts connections. It runs in a session of its own (setsid), so that a
     * Ctrl-C meant for the command that started it (a drill that restarted it) does not reach it.
     */
    StartedProcess start() {
        if (listening()) {
            throw new IllegalStateException("Something already listens on " + address + ":" + Ports.H2 + "; the H2 server was not started again.");
        }
        Path dir = PrivateFiles.directory(state.database());
        String jar = installation.h2Jar().toString();
        String java = Processes.javaBin("java").toString();
        if (!Files.exists(dir.resolve("steadfast.mv.db"))) {
            create(dir);
        }
        Path log = PrivateFiles.directory(state.logs()).resolve("h2.log");
        try {
            Process p = new ProcessBuilder("setsid", java, "-Xmx96m", "-XX:+UseSerialGC", "-Dh2.bindAddress=" + address, "-cp", jar,
                    "org.h2.tools.Server", "-tcp", "-tcpPort", String.valueOf(Ports.H2), "-baseDir", dir.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            while (!listening() || !p.isAlive()) {
                if (!p.isAlive() || System.nanoTime() > deadline) {
                    p.destroyForcibly();
                    throw new IllegalStateException("The H2 server did not start; see " + log);
                }
                Thread.sleep(100);
            }
            return StartedProcess.of(ROLE, p.pid());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops the H2 server {@code up} started, as a database outage does (a drill): TERM, then KILL if it lingers. */
    static void stop(StateDir state) {
        ProcessTree.stop(RunningState.require(state).ofRole(ROLE), Duration.ZERO);
    }

    /** Whether the H2 server {@code up} started (or the last {@link #restart}) still runs. */
    static boolean running(StateDir state) {
        return RunningState.require(state).ofRole(ROLE).stream().anyMatch(StartedProcess::alive);
    }

    /** Starts the server again after {@link #stop}, and records its new process so that {@code down} stops it. */
    void restart() {
        StartedProcess started = start();
        RunningState.require(state).replacing(ROLE, started).save(state);
    }

    /**
     * Creates the database file with the generated password through H2's own driver, loaded from WildFly's jar in
     * this process: the password never appears on a command line.
     */
    private void create(Path dir) {
        Properties credentials = new Properties();
        credentials.setProperty("user", Database.H2_USER);
        credentials.setProperty("password", secrets.password("db"));
        try (URLClassLoader h2 = new URLClassLoader(new URL[] {installation.h2Jar().toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Driver driver = (Driver) h2.loadClass("org.h2.Driver").getDeclaredConstructor().newInstance();
            try (Connection c = driver.connect("jdbc:h2:file:" + dir.resolve("steadfast"), credentials);
                 Statement statement = c.createStatement()) {
                statement.execute("SELECT 1");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException | SQLException e) {
            throw new IllegalStateException("Cannot create the H2 database in " + dir + ": " + e.getMessage(), e);
        }
    }

    private boolean listening() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(address, Ports.H2), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
