/**
 * The application's schema, migrated with Flyway once at deployment start, before the application serves:
 * {@link dev.steadfast.runtime.schema.SchemaMigration} applies the application's own {@code db/migration/V*.sql}
 * (in {@code WEB-INF/classes}) to its datasource, the one its JPA and the audit trail use. Migrations instead of
 * Hibernate's {@code hbm2ddl}, because a rolling update runs two versions of an application side by side on one
 * database: each release only adds what the next one needs (expand), and drops what no running version reads any
 * more only in a later release (contract), which only an ordered, recorded list of changes can say.
 * <ul>
 * <li>Each application keeps its own history table ({@code steadfast.schema.history-table}): the applications of a
 * server group share one database, and one history holding two applications' version 1 fails both.</li>
 * <li>Two nodes that start together wait for each other on PostgreSQL, where Flyway holds an advisory lock for the
 * whole migration: one migrates, the other finds the work done. On H2 it locks the history's rows, which H2's commit
 * at every DDL statement may release: there one server migrates first (rolling deploys go one server at a time).</li>
 * <li>An older release that starts against a newer schema (a rollback in the middle of a rolling update) starts:
 * Flyway's default {@code ignoreMigrationPatterns} ({@code *:future}) lets applied migrations it does not know
 * pass with a warning.</li>
 * <li>The audit trail's tables are not migrations of any application: the runtime creates them itself, for every
 * application on the database ({@link dev.steadfast.runtime.audit}).</li>
 * </ul>
 */
package dev.steadfast.runtime.schema;
