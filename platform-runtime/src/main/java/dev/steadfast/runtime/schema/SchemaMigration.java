package dev.steadfast.runtime.schema;

import java.util.Objects;
import java.util.logging.Logger;

import dev.steadfast.runtime.audit.AuditDataSource;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Migrates the application's schema when the application is deployed, before it serves: WildFly starts the
 * deployment's startup singletons before its web application, so before any request and before the
 * application's own {@code @Initialized(ApplicationScoped.class)} observers. A migration that fails fails the
 * deployment, and the version that cannot run on this schema never serves.
 * <p>
 * Outside any transaction: Flyway commits each migration itself, which a JTA transaction forbids ("cannot set
 * autocommit during a managed transaction"). Hibernate must not create or check tables at its own start
 * ({@code hibernate.hbm2ddl.auto} {@code none}): WildFly builds the persistence unit before this runs.
 * <p>
 * WildFly finds this bean in {@code WEB-INF/lib} by its annotations, and so does not when the application's
 * {@code web.xml} is {@code metadata-complete="true"}: such an application runs no migrations.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Inject
    AuditDataSource dataSource;

    /** The application's own history table: see {@link dev.steadfast.runtime.schema}. */
    @Inject
    @ConfigProperty(name = "steadfast.schema.history-table", defaultValue = "flyway_schema_history")
    String historyTable;

    @PostConstruct
    void migrate() {
        MigrateResult result = Migrations.migrate(dataSource.get(), historyTable, Migrations.LOCATION);
        // Flyway leaves the target version null when there was nothing to apply, and both null on a schema that
        // has none yet (an application without migrations).
        String version = Objects.toString(result.targetSchemaVersion, Objects.toString(result.initialSchemaVersion, "none"));
        LOG.info(() -> result.migrationsExecuted + " migration(s) applied; schema at version " + version
                + ", history in " + historyTable);
    }
}
