package dev.steadfast.runtime.schema;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Flyway as Steadfast runs it, apart from the container so that it can be tested on a plain database.
 * <p>
 * A database the application shares holds other tables before this application's first migration: another
 * application's, the audit trail's, or this application's own, made by Hibernate's {@code hbm2ddl} before it
 * moved to migrations. Flyway refuses to migrate a non-empty schema that has no history of its own, unless told
 * to baseline it, and a baseline at Flyway's default version 1 would skip this application's V1 and leave its
 * tables missing. So the baseline is version 0: every migration of the application runs, and a V1 written with
 * {@code IF NOT EXISTS} takes over tables that {@code hbm2ddl} made.
 * <p>
 * {@code ignoreMigrationPatterns} is left at Flyway's default, {@code *:future}: an older release starting against
 * a schema that a newer one has already expanded (a rollback) starts with a warning instead of failing. Naming
 * any pattern here would drop that default.
 */
final class Migrations {

    /** Where an application keeps its migrations: {@code src/main/resources/db/migration}. */
    static final String LOCATION = "classpath:db/migration";

    private static final String BASELINE = "0";
    static final int ATTEMPTS = 3;

    private Migrations() {
    }

    /**
     * Applies the migrations at {@code locations} that the history table does not hold yet, under Flyway's lock.
     * <p>
     * Two nodes starting together on a fresh database both find no history. On PostgreSQL Flyway's lock (an advisory
     * lock) makes one wait; on H2 its lock is a {@code SELECT ... FOR UPDATE} of the history, which on an empty table
     * locks no row, so both may insert the first row and one fails on the primary key (seen in a CI run of
     * {@code MigrationsTest}). A failed run is therefore tried again, up to {@value #ATTEMPTS} times in
     * all: the second finds the other node's history and applies what is left, if anything. A migration that fails by
     * itself fails the same way each time, and its last failure is thrown.
     *
     * @return what Flyway did
     * @throws org.flywaydb.core.api.FlywayException when a migration fails or does not match the history
     */
    static MigrateResult migrate(DataSource dataSource, String historyTable, String... locations) {
        Flyway flyway = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations)
                .table(historyTable)
                .baselineOnMigrate(true)
                .baselineVersion(BASELINE)
                .load();
        for (int attempt = 1; ; attempt++) {
            try {
                return flyway.migrate();
            } catch (FlywayException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                pause(attempt * 200L);
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to migrate again", e);
        }
    }
}
