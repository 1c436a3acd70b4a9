-- The notes table as Hibernate's hbm2ddl made it before this application moved to migrations, in SQL that H2 2.2
-- and PostgreSQL both run. IF NOT EXISTS: a database where hbm2ddl already made it keeps it, with its rows
-- (steadfast-runtime baselines such a database at version 0, so this runs). The sequence hands out blocks of 50
-- ids, as Hibernate's default allocation size expects.

CREATE SEQUENCE IF NOT EXISTS Note_SEQ START WITH 1 INCREMENT BY 50;

CREATE TABLE IF NOT EXISTS Note (
    id BIGINT NOT NULL PRIMARY KEY,
    title VARCHAR(120) NOT NULL,
    body VARCHAR(4000),
    createdAt TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version BIGINT NOT NULL
);
