package dev.steadfast.ops.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.steadfast.ops.UserError;
import dev.steadfast.ops.provision.Database;
import dev.steadfast.ops.provision.Installation;
import dev.steadfast.ops.provision.Secrets;
import dev.steadfast.ops.provision.StateDir;
import dev.steadfast.ops.topology.DatabaseKind;
import dev.steadfast.ops.topology.Topology;

/**
 * A database outage as the domain's servers see it, begun and ended on purpose ({@code steadfast database close|open},
 * the db-outage drill): the domain's database refuses their connections and drops those they hold, then takes them
 * again. Each ending is safe to repeat.
 */
sealed interface DatabaseOutage permits DatabaseOutage.H2, DatabaseOutage.Postgresql {

    /** What is taken down, for reports and messages: "the H2 database steadfast runs". */
    String what();

    void begin();

    void end();

    /** The outage of the running domain's database. */
    static DatabaseOutage of(StateDir state, Topology topology, Database database, Path wildflyDistribution, Path postgresqlDriver) {
        Secrets secrets = new Secrets(state);
        if (database.kind() == DatabaseKind.H2) {
            return new H2(state, () -> new H2Server(Installation.ensure(wildflyDistribution, state), state, secrets,
                    topology.domainController().privateAddress()));
        }
        return new Postgresql(database, secrets, postgresqlDriver);
    }

    /**
     * The H2 server {@code up} started: stopped, then started again (and recorded, so that {@code down} stops it). The
     * end is taken by one thread at a time (a drill's own and its exit hook), and a server is never started twice: one
     * already listening is refused ({@link H2Server#start}).
     */
    record H2(StateDir state, Supplier<H2Server> server) implements DatabaseOutage {

        private static final Object ENDING = new Object();

        @Override
        public String what() {
            return "the H2 database steadfast runs";
        }

        @Override
        public void begin() {
            H2Server.stop(state);
        }

        @Override
        public void end() {
            synchronized (ENDING) {
                if (!H2Server.running(state)) {
                    server.get().restart();
                }
            }
        }
    }

    /**
     * A PostgreSQL database that steadfast did not start and may not stop: closed to new connections
     * ({@code ALLOW_CONNECTIONS false}, which its owner may set) and its owner's sessions in it ended (each answers
     * 57P01 next), through the maintenance database {@code postgres} as the domain's own database user; ended by
     * opening it again. Other databases of the server, and other users' sessions, are untouched.
     */
    record Postgresql(Database database, Secrets secrets, Path driverJar) implements DatabaseOutage {

        private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?;]+)(.*)");
        private static final String MAINTENANCE = "postgres";

        @Override
        public String what() {
            return "PostgreSQL database " + name();
        }

        @Override
        public void begin() {
            run("ALTER DATABASE " + quoted(name()) + " WITH ALLOW_CONNECTIONS false", true);
        }

        @Override
        public void end() {
            run("ALTER DATABASE " + quoted(name()) + " WITH ALLOW_CONNECTIONS true", false);
        }

        private void run(String alter, boolean endSessions) {
            Matcher m = url();
            Database.requirePostgresqlDriver(driverJar);
            Properties credentials = new Properties();
            credentials.setProperty("user", database.user());
            credentials.setProperty("password", secrets.password("db"));
            try (URLClassLoader loader = new URLClassLoader(new URL[] {driverJar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
                Driver driver = (Driver) loader.loadClass("org.postgresql.Driver").getDeclaredConstructor().newInstance();
                try (Connection c = driver.connect(m.group(1) + MAINTENANCE + m.group(3), credentials);
                     Statement statement = c.createStatement()) {
                    statement.execute(alter);
                    if (endSessions) {
                        try (PreparedStatement end = c.prepareStatement("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                                + " WHERE datname = ? AND usename = current_user AND pid <> pg_backend_pid()")) {
                            end.setString(1, name());
                            end.executeQuery().close();
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ReflectiveOperationException | SQLException e) {
                throw new IllegalStateException("Cannot " + alter + " as " + database.user() + ": " + e.getMessage(), e);
            }
        }

        /** The database's name; never the maintenance database, through which it is opened again. */
        private String name() {
            String name = url().group(2);
            if (MAINTENANCE.equals(name)) {
                throw new UserError("The domain's database is PostgreSQL's maintenance database " + MAINTENANCE
                        + ", which steadfast never closes: nothing could open it again.");
            }
            return name;
        }

        private Matcher url() {
            Matcher m = URL.matcher(database.url());
            if (!m.matches()) {
                throw new UserError("The database URL " + database.url() + " names no database; closing one needs jdbc:postgresql://HOST:PORT/NAME.");
            }
            return m;
        }

        private static String quoted(String identifier) {
            return "\"" + identifier.replace("\"", "\"\"") + "\"";
        }
    }
}
