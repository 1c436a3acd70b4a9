package dev.steadfast.runtime.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Flyway as Steadfast runs it, on H2 2.2 (the version WildFly ships). */
class MigrationsTest {

    private static final String HISTORY = "notes_schema_history";
    private static final String EXPAND = "classpath:db/expand";

    JdbcDataSource dataSource;

    @BeforeEach
    void freshDatabase() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:schema-" + UUID.randomUUID() + ";LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=-1");
    }

    @Test
    void anEmptyDatabaseGetsTheFirstMigrationRecordedInTheApplicationsOwnHistory() throws SQLException {
        MigrateResult result = Migrations.migrate(dataSource, HISTORY, Migrations.LOCATION);

        assertThat(result.migrationsExecuted).isEqualTo(1);
        assertThat(history()).containsExactly("1:true");
        assertThat(count("note")).isZero();
    }

    @Test
    void aDatabaseHoldingAnotherApplicationsTablesStillGetsThisApplicationsFirstMigration() throws SQLException {
        execute("CREATE TABLE shop_order (id BIGINT PRIMARY KEY)");

        Migrations.migrate(dataSource, HISTORY, Migrations.LOCATION);

        assertThat(history()).containsExactly("0:true", "1:true");
        assertThat(count("note")).isZero();
    }

    @Test
    void tablesHibernateMadeBeforeTheMoveToMigrationsAreTakenOverWithTheirRows() throws SQLException {
        execute("CREATE TABLE note (id BIGINT NOT NULL PRIMARY KEY, title VARCHAR(120) NOT NULL)");
        execute("INSERT INTO note (id, title) VALUES (1, 'kept')");

        Migrations.migrate(dataSource, HISTORY, Migrations.LOCATION);

        assertThat(history()).containsExactly("0:true", "1:true");
        assertThat(count("note")).isEqualTo(1);
    }

    @Test
    void aSecondStartFindsTheSchemaUpToDate() {
        Migrations.migrate(dataSource, HISTORY, Migrations.LOCATION);

        assertThat(Migrations.migrate(dataSource, HISTORY, Migrations.LOCATION).migrationsExecuted).isZero();
    }

    @Test
    void anApplicationWithoutMigrationsStartsOnAnEmptyDatabase() {
        MigrateResult result = Migrations.migrate(dataSource, HISTORY, "classpath:db/none");

        assertThat(result.migrationsExecuted).isZero();
        assertThat(result.initialSchemaVersion).isNull();
    }

    @Test
    void anOlderReleaseStartsAgainstTheSchemaANewerReleaseExpanded() throws SQLException {
        Migrations.migrate(dataSource, HISTORY, Migrations.LOCATION, EXPAND);

        MigrateResult rollback = Migrations.migrate(dataSource, HISTORY, Migrations.LOCATION);

        assertThat(rollback.migrationsExecuted).isZero();
        assertThat(history()).containsExactly("1:true", "2:true");
    }

    @Test
    void twoNodesStartingTogetherApplyEachMigrationOnce() throws Exception {
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> start = () -> Migrations.migrate(dataSource, HISTORY, Migrations.LOCATION, EXPAND).migrationsExecuted;
            List<Future<Integer>> started = new ArrayList<>();
            started.add(nodes.submit(start));
            started.add(nodes.submit(start));
            assertThat(started.get(0).get() + started.get(1).get()).isEqualTo(2);
        } finally {
            nodes.shutdownNow();
        }
        assertThat(history()).containsExactly("1:true", "2:true");
    }

    /** The history's versioned rows, oldest first, as VERSION:SUCCESS (Flyway quotes the table name it is given). */
    private List<String> history() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT \"version\", \"success\" FROM \"" + HISTORY
                     + "\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            while (row.next()) {
                rows.add(row.getString(1) + ":" + row.getBoolean(2));
            }
        }
        return rows;
    }

    private long count(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            row.next();
            return row.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
