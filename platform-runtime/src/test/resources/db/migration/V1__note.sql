-- An application's first migration, written as Steadfast's applications write theirs: IF NOT EXISTS, so that it
-- takes over the table Hibernate's hbm2ddl made before the application moved to migrations.
CREATE TABLE IF NOT EXISTS note (
    id BIGINT NOT NULL PRIMARY KEY,
    title VARCHAR(120) NOT NULL
);
