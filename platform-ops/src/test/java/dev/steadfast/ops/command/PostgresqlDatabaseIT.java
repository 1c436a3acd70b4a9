package dev.steadfast.ops.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import dev.steadfast.ops.management.Management;
import dev.steadfast.testing.Fences;

/**
 * The local topology on PostgreSQL instead of H2: {@code up --db postgresql} deploys the JDBC driver before
 * the servers boot and points SteadfastDS at the given database, and every worker's pool reaches it.
 * Runs where a database is given (.ci/run installs PostgreSQL from Debian's packages and gives one).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresqlDatabaseIT {

    private final SteadfastCommand steadfast = new SteadfastCommand(TestState.directory("postgresql"));
    private ProcSampler sampler;
    /** Event logs outlive a domain: only what this test's domain did counts. */
    private final Instant started = Instant.now();

    /** Up on PostgreSQL, watched by a sampler of every process's command line and environment. */
    @BeforeAll
    void up() throws InterruptedException {
        Assumptions.assumeTrue(TestState.postgresqlGiven(), "no PostgreSQL given (STEADFAST_IT_JDBC_URL)");
        try (ProcSampler watching = new ProcSampler()) {
            sampler = watching;
            SteadfastCommand.Result up = steadfast.run(TestState.upOnPostgresql());
            assertEquals(0, up.exitCode(), "steadfast up --db postgresql failed:\n" + up.stdout() + up.stderr());
        }
    }

    @Test
    void neitherTheDatabasePasswordNorAGeneratedSecretIsOnACommandLineOrInAnEnvironmentDuringUp() {
        assertTrue(sampler.sawBothCanaries(), "the sampler must see the planted canaries (" + sampler.rounds() + " rounds)");
        List<String> secrets = ProcSampler.secretsOf(steadfast.state(), Path.of(System.getenv("STEADFAST_IT_DB_PASSWORD_FILE")));
        assertEquals(List.of(), sampler.holding(secrets));
    }

    @AfterAll
    void downWithNoServerFenced() {
        if (TestState.postgresqlGiven()) {
            steadfast.run("down");
            assertEquals(List.of(), Fences.since(steadfast.state(), started), "a server was fenced, and none hung here");
        }
    }

    @Test
    void everyWorkerReachesPostgresqlThroughSteadfastDS() {
        SteadfastCommand.Result status = steadfast.run("status", "--json");
        ModelNode servers = ModelNode.fromJSONString(status.stdout()).get("servers");
        int workers = 0;
        try (Management m = TestState.management(steadfast.state())) {
            for (ModelNode s : servers.asList()) {
                if (!s.get("balancer").asBoolean()) {
                    workers++;
                    assertTrue(TestState.testConnection(m, s.get("host").asString(), s.get("server").asString()));
                    ModelNode url = m.readAttribute(Management.address("host", s.get("host").asString(), "server",
                            s.get("server").asString(), "subsystem", "datasources", "data-source", "SteadfastDS"), "connection-url");
                    assertTrue(url.asString().startsWith("jdbc:postgresql://"), url.asString());
                }
            }
        }
        assertEquals(2, workers);
    }
}
