package dev.steadfast.ops.topology;

import java.util.Arrays;
import java.util.stream.Collectors;

import dev.steadfast.ops.UserError;

/** The database the application servers use: H2, the zero-install default, or PostgreSQL, the real one. */
public enum DatabaseKind {

    /** H2 in TCP server mode, the jar WildFly ships, started by {@code up} on the domain controller's private address. */
    H2("h2", "h2"),
    /** A PostgreSQL server the user gives; its JDBC driver is deployed to the application groups before they boot. */
    POSTGRESQL("postgresql", "postgresql.jar");

    private final String option;
    private final String driver;

    DatabaseKind(String option, String driver) {
        this.option = option;
        this.driver = driver;
    }

    /** How the command line names it: {@code --db h2}. */
    public String option() {
        return option;
    }

    /** The JDBC driver's name in the datasources subsystem: a module for H2, the deployed jar for PostgreSQL. */
    public String driver() {
        return driver;
    }

    public static DatabaseKind fromOption(String option) {
        return Arrays.stream(values()).filter(k -> k.option.equals(option)).findFirst()
                .orElseThrow(() -> new UserError("Unknown database '" + option + "'; use "
                        + Arrays.stream(values()).map(DatabaseKind::option).collect(Collectors.joining(" or ")) + "."));
    }
}
