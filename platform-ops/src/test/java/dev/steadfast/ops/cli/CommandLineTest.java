package dev.steadfast.ops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.steadfast.ops.Versions;
import dev.steadfast.ops.domain.Workspace;
import dev.steadfast.ops.system.StartedProcess;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The command line in this JVM, no server: help on every command and option, and every bad input answered with one
 * plain sentence on stderr, exit 2, nothing on stdout, no stack trace, and nothing started or left behind.
 */
class CommandLineTest {

    private static final Path ROOT = Path.of(System.getProperty("steadfast.root", "..")).toAbsolutePath().normalize();
    private static final List<String> COMMANDS = List.of("up", "status", "deploy", "rollout", "restart", "provision", "apply", "down", "render", "monitoring", "rotate-audit-key");

    @TempDir
    Path state;

    record Result(int exitCode, String stdout, String stderr) {}

    @Test
    void everyCommandsHelpExitsZeroWithAnEmptyStderrAndNamesEachOfItsOptions() {
        for (String command : COMMANDS) {
            Result r = run(command, "--help");
            assertEquals(0, r.exitCode(), command);
            assertEquals("", r.stderr(), command);
            assertTrue(r.stdout().startsWith("Usage: steadfast " + command), r.stdout());
            for (OptionSpec option : commandLine().getSubcommands().get(command).getCommandSpec().options()) {
                assertTrue(r.stdout().contains(option.longestName()), command + " --help does not show " + option.longestName());
            }
        }
        Result top = run("--help");
        assertEquals(0, top.exitCode());
        assertEquals("", top.stderr());
        COMMANDS.forEach(c -> assertTrue(top.stdout().contains("  " + c + " "), "steadfast --help does not list " + c));
    }

    @Test
    void everyCommandAndEveryOptionHasADescription() {
        CommandLine cl = commandLine();
        for (CommandLine sub : cl.getSubcommands().values()) {
            assertTrue(sub.getCommandSpec().usageMessage().description().length > 0, sub.getCommandName() + " has no description");
            for (OptionSpec option : sub.getCommandSpec().options()) {
                assertTrue(option.description().length > 0 && !option.description()[0].isBlank(),
                        sub.getCommandName() + " " + option.longestName() + " has no description");
            }
        }
    }

    @Test
    void versionNamesThisReleaseAndTheWildFlyTheBuildShips() {
        String expected = "steadfast " + Versions.steadfast() + " (WildFly " + System.getProperty("steadfast.expected.wildfly.version") + ")";
        for (String[] args : List.of(new String[] {"--version"}, new String[] {"up", "--version"})) {
            Result r = run(args);
            assertEquals(0, r.exitCode());
            assertEquals(expected, r.stdout().strip(), String.join(" ", args));
        }
    }

    @Test
    void helpAsACommandShowsTheHelpOfAnother() {
        Result r = run("help", "deploy");
        assertEquals(0, r.exitCode());
        assertTrue(r.stdout().startsWith("Usage: steadfast deploy"), r.stdout());
    }

    @Test
    void anArgumentStartingWithAtIsNoFileOfArguments() throws IOException {
        Path arguments = Files.writeString(state.resolve("args"), "down\n");
        assertRefused("Unknown command '@" + arguments + "'; the commands are up, status, deploy, rollout, restart, provision, apply, down, render, monitoring, image, rotate-audit-key, supervise and drill.", "@" + arguments);
    }

    @Test
    void applyOnlineWithTheOptionsOfOfflineIsRefused() {
        assertRefused("--topology and the database options go with --offline only; the running domain keeps those it was started with.",
                "apply", "--topology", "local");
    }

    @Test
    void noCommandIsOnePlainSentence() {
        assertRefused("Missing command; the commands are up, status, deploy, rollout, restart, provision, apply, down, render, monitoring, image, rotate-audit-key, supervise and drill (see 'steadfast --help').");
    }

    @Test
    void unknownCommandIsOnePlainSentence() {
        assertRefused("Unknown command 'frobnicate'; the commands are up, status, deploy, rollout, restart, provision, apply, down, render, monitoring, image, rotate-audit-key, supervise and drill.", "frobnicate");
    }

    @Test
    void unknownOptionIsRefused() {
        assertRefused("Unknown option --colour for 'status'; see 'steadfast status --help'.", "status", "--colour", "red");
    }

    @Test
    void anUnexpectedArgumentIsRefused() {
        assertRefused("Unexpected argument 'now' for 'down'; see 'steadfast down --help'.", "down", "now");
    }

    @Test
    void unknownTopologyIsRefused() {
        assertTrue(refused("up", "--topology", "nowhere").stderr().startsWith("Unknown topology 'nowhere'"));
    }

    @Test
    void unknownDatabaseIsRefused() {
        assertRefused("Unknown database 'mysql'; use h2 or postgresql.", "up", "--db", "mysql");
    }

    @Test
    void postgresqlWithoutAnUrlIsRefused() {
        assertRefused("--db postgresql needs --jdbc-url jdbc:postgresql://HOST:PORT/DATABASE.", "up", "--db", "postgresql");
    }

    @Test
    void postgresqlWithoutAPasswordFileIsRefused() {
        assertRefused("--db postgresql needs --db-user NAME and --db-password-file FILE (a readable file holding the password).",
                "up", "--db", "postgresql", "--jdbc-url", "jdbc:postgresql://127.0.0.1:5432/shop", "--db-user", "shop");
    }

    @ParameterizedTest
    @ValueSource(strings = {"shop,password=x", "shop\"", "shop user", "${env.USER}", ""})
    void aDatabaseUserThatWouldBreakOutOfTheScriptIsRefusedInOneSentence(String user) throws IOException {
        Path password = Files.writeString(state.resolve("db.password"), "secret");
        assertRefused("--db-user must be a plain role name: a letter or _, then up to 62 letters, digits or _.",
                "up", "--db", "postgresql", "--jdbc-url", "jdbc:postgresql://127.0.0.1:5432/shop", "--db-user", user,
                "--db-password-file", password.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:postgresql://127.0.0.1:abc/shop", "jdbc:postgresql://db\"/shop", "jdbc:postgresql://db/shop?x=${y}",
            "jdbc:postgresql://db:5432/shop\n/subsystem=x:remove"})
    void aJdbcUrlWithANonNumericPortOrQuotesIsRefusedInOneSentence(String url) throws IOException {
        Path password = Files.writeString(state.resolve("db.password"), "secret");
        Result r = refused("up", "--db", "postgresql", "--jdbc-url", url, "--db-user", "shop", "--db-password-file", password.toString());
        assertTrue(r.stderr().startsWith("--jdbc-url must be jdbc:postgresql://HOST[:PORT]"), r.stderr());
    }

    @Test
    void aMultiHostUrlWithParametersAndAPlainRolePassTheChecks() throws IOException {
        Path password = Files.writeString(state.resolve("db.password"), "secret");
        assertRefused("The WildFly distribution is missing at " + state.resolve("none.zip") + "; build first with ./mvnw -q install -DskipTests.",
                new Workspace(state, state.resolve("none.zip"), null), "provision", "--db", "postgresql",
                "--jdbc-url", "jdbc:postgresql://db-1.example:5432,db-2.example:5433/shop?targetServerType=primary&sslrootcert=/etc/ssl/ca.pem&currentSchema=a,b",
                "--db-user", "shop_app", "--db-password-file", password.toString());
    }

    @Test
    void rotatingTheAuditKeyAddsTheNextVersionKeepsTheOlderOnesAndRemakesTheBoundForm() throws IOException {
        Path secrets = state.resolve("secrets");
        Result first = run("rotate-audit-key");
        Result second = run("rotate-audit-key");

        assertEquals(0, second.exitCode(), second.stderr());
        assertTrue(first.stdout().startsWith("Generated audit key version 1;"), first.stdout());
        assertTrue(second.stdout().startsWith("Generated audit key version 2;"), second.stdout());
        for (String version : new String[] {"1", "2"}) {
            Path key = secrets.resolve("audit-key-" + version + ".password");
            assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(key), key.toString());
        }
        assertNotEquals(Files.readString(secrets.resolve("audit-key-1.password")), Files.readString(secrets.resolve("audit-key-2.password")));
        assertFalse(Files.exists(secrets.resolve("audit-keys.enc")), "the bound form is made anew with every version at the next apply");
    }

    @Test
    void anImageAddressThatATlsCertificateCannotNameIsRefused() {
        assertRefused("--address must be an IPv4 address or a DNS name, not 'shop example' for 'image'; see 'steadfast image --help'.", "image", "shop.war", "--address", "shop example");
    }

    @Test
    void downWithNothingRunningIsRefused() {
        assertRefused("Nothing to stop: steadfast is not up.", "down");
    }

    @Test
    void statusWithNothingRunningIsRefused() {
        assertRefused("Steadfast is not up; start it with 'steadfast up'.", "status", "--json");
    }

    @Test
    void applyWithNothingRunningIsRefused() {
        assertRefused("Steadfast is not up; start it with 'steadfast up'.", "apply");
    }

    @Test
    void deployOfAMissingArchiveIsRefused() {
        assertRefused("No such file: /nonexistent/shop.war.", "deploy", "/nonexistent/shop.war", "--group", "steadfast-apps");
    }

    @Test
    void deployOfSomethingThatIsNoArchiveIsRefused() throws IOException {
        Path notes = Files.writeString(state.resolve("notes.txt"), "not an archive");
        assertRefused(notes + " is not a .war, .ear or .jar file.", "deploy", notes.toString(), "--group", "steadfast-apps");
    }

    @Test
    void deployWithoutAGroupIsRefused() {
        assertRefused("Missing required option: '--group=GROUP' for 'deploy'; see 'steadfast deploy --help'.", "deploy", "shop.war");
    }

    @Test
    void deployWithoutAnArchiveIsRefused() {
        assertRefused("Missing required parameter: 'ARCHIVE' for 'deploy'; see 'steadfast deploy --help'.", "deploy", "--group", "steadfast-apps");
    }

    @Test
    void rolloutOfAMissingArchiveIsRefused() {
        assertRefused("No such file: /nonexistent/shop.war.", "rollout", "/nonexistent/shop.war", "--group", "steadfast-apps");
    }

    @Test
    void rolloutWithNothingRunningIsRefused() throws IOException {
        Path war = Files.writeString(state.resolve("shop.war"), "a release");
        assertRefused("Steadfast is not up; start it with 'steadfast up'.", "rollout", war.toString(), "--group", "steadfast-apps");
    }

    @Test
    void aPartitionShorterThanTheClusterTakesToSplitIsRefused() {
        assertRefused("--duration takes 25 to 3600 seconds for a partition (longer than the cluster takes to split), not 10.",
                "drill", "partition", "--duration", "10");
    }

    @Test
    void aDurationForADrillThatHasNoneIsRefused() {
        assertRefused("--duration goes with the steady and partition drills only.", "drill", "kill", "--duration", "60");
    }

    @Test
    void restartWithAReadyBoundOutOfRangeIsRefused() {
        assertRefused("--ready-within takes 10 to 3600 seconds, not 5.", "restart", "--group", "steadfast-apps", "--ready-within", "5");
    }

    @Test
    void restartWithoutAGroupIsRefused() {
        assertRefused("Missing required option: '--group=GROUP' for 'restart'; see 'steadfast restart --help'.", "restart");
    }

    @Test
    void upWithAPortAlreadyTakenStartsNothing() throws IOException {
        // A topology of its own, on addresses no other test or domain uses.
        Path topology = Files.writeString(state.resolve("squatted.properties"), """
                hosts=a
                domain-controller=a
                host.a.address=127.0.0.91
                groups=lb,apps
                group.lb.role=balancer
                group.lb.servers=a/lb
                group.apps.servers=a/app
                group.apps.port-offset=100
                environment=local
                """);
        try (ServerSocket squatter = new ServerSocket()) {
            squatter.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.91"), 8543));
            assertRefused("Port 127.0.0.91:8543 is already in use, so topology squatted cannot start; stop whatever holds it or use another topology.",
                    "up", "--topology", topology.toString());
        }
        assertFalse(Files.exists(state.resolve("run/steadfast.properties")), "no running state may be left");
        assertFalse(Files.exists(state.resolve("hosts")), "nothing may be provisioned");
        assertEquals(0, ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains(state.toString())).count());
    }

    @Test
    void renderIntoSteadfastsOwnStateIsRefused() {
        assertRefused("Render into a directory of its own, not into steadfast's state " + state + ".", "render", "--output", state.toString());
    }

    @Test
    void monitoringWithoutAnOutputOrWithAScrapeIntervalOutOfRangeOrWhileNothingIsUpIsRefused() {
        assertRefused("Missing required option: '--output=DIR' for 'monitoring'; see 'steadfast monitoring --help'.", "monitoring");
        assertRefused("--scrape-interval must be between 1 and 300 seconds, not 0 for 'monitoring'; see 'steadfast monitoring --help'.", "monitoring", "--output", "x", "--scrape-interval", "0");
        assertRefused("Invalid value for option '--scrape-interval': 'often' is not an int for 'monitoring'; see 'steadfast monitoring --help'.",
                "monitoring", "--output", "x", "--scrape-interval", "often");
        assertRefused("Steadfast is not up; start it with 'steadfast up'.", "monitoring", "--output", "x");
    }

    @Test
    void renderWithoutAnOutputIsRefused() {
        assertRefused("Missing required option: '--output=DIR' for 'render'; see 'steadfast render --help'.", "render");
    }

    @Test
    void upWithoutTheWildFlyDistributionSaysToBuildFirst() {
        assertRefused("The WildFly distribution is missing at " + state.resolve("none.zip") + "; build first with ./mvnw -q install -DskipTests.",
                new Workspace(state, state.resolve("none.zip"), null), "provision");
    }

    @Test
    void aStateFileNamingAStrangersLivePidIsLeftAloneAndTheStrangerToo() throws Exception {
        Process stranger = new ProcessBuilder("sleep", "600").start();
        try {
            // The pid is alive, but it started an hour after the process the state file remembers: a reused pid.
            long rememberedStart = stranger.toHandle().info().startInstant().orElseThrow().toEpochMilli() - 3_600_000;
            Path run = Files.createDirectories(state.resolve("run"));
            Files.writeString(run.resolve("steadfast.properties"), "db=h2\ndb.url=jdbc:h2:tcp://127.0.0.11:9092/steadfast\n"
                    + "db.user=steadfast\nprocesses=primary:" + stranger.pid() + ":" + rememberedStart + "\ntopology=local\ntopology.source=local\n");

            assertRefused("Nothing to stop: steadfast is not up.", "down");
            assertTrue(stranger.isAlive(), "a process steadfast did not start was signalled");
        } finally {
            stranger.destroyForcibly();
        }
    }

    @Test
    void aStateFileNamingALivePidWithItsStartTimeButAnotherExecutableIsLeftAlone() throws Exception {
        Process stranger = new ProcessBuilder("sleep", "600").start();
        try {
            long start = stranger.toHandle().info().startInstant().orElseThrow().toEpochMilli();
            // What up would have recorded for a host controller's shell: same pid and start time, but bash, not sleep.
            String recorded = new StartedProcess("primary", stranger.pid(), Instant.ofEpochMilli(start), "/usr/bin/bash", 0).toString();
            Path run = Files.createDirectories(state.resolve("run"));
            Files.writeString(run.resolve("steadfast.properties"), "db=h2\ndb.url=jdbc:h2:tcp://127.0.0.11:9092/steadfast\n"
                    + "db.user=steadfast\nprocesses=" + recorded + "\ntopology=local\ntopology.source=local\n");

            assertRefused("Nothing to stop: steadfast is not up.", "down");
            assertTrue(stranger.isAlive(), "a process with another executable was signalled");
        } finally {
            stranger.destroyForcibly();
        }
    }

    @Test
    void downStopsWhatUpStartedByProcessIdWhenItsTopologyFileIsGone() throws Exception {
        Process host = new ProcessBuilder("sleep", "600").start();
        try {
            Instant started = host.toHandle().info().startInstant().orElseThrow();
            Path run = Files.createDirectories(state.resolve("run"));
            Files.writeString(run.resolve("steadfast.properties"), "db=h2\ndb.url=jdbc:h2:tcp://127.0.0.11:9092/steadfast\n"
                    + "db.user=steadfast\nprocesses=primary:" + host.pid() + ":" + started.toEpochMilli() + "\n"
                    + "topology=gone\ntopology.source=" + state.resolve("gone.properties") + "\n");

            Result down = run("down");

            assertEquals(0, down.exitCode(), down.stderr());
            assertTrue(down.stdout().contains("gone.properties) cannot be read; stopping what up started by process id."), down.stdout());
            assertTrue(host.waitFor(30, TimeUnit.SECONDS), "the recorded process was stopped");
            assertFalse(Files.exists(run.resolve("steadfast.properties")), "the state says nothing runs");
        } finally {
            host.destroyForcibly();
        }
    }

    private void assertRefused(String sentence, String... args) {
        assertEquals(sentence, refused(args).stderr().strip());
    }

    private void assertRefused(String sentence, Workspace workspace, String... args) {
        assertEquals(sentence, refused(workspace, args).stderr().strip());
    }

    private Result refused(String... args) {
        return refused(workspace(), args);
    }

    private Result refused(Workspace workspace, String... args) {
        Result r = run(workspace, args);
        assertEquals(2, r.exitCode(), "exit code of steadfast " + String.join(" ", args) + ": " + r.stderr());
        assertEquals("", r.stdout(), "nothing on stdout");
        assertEquals(1, r.stderr().strip().lines().count(), "exactly one line on stderr: " + r.stderr());
        assertFalse(r.stderr().contains("Exception") || r.stderr().contains("\tat "), "no stack trace: " + r.stderr());
        return r;
    }

    private Result run(String... args) {
        return run(workspace(), args);
    }

    private static Result run(Workspace workspace, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Steadfast.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), workspace);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private CommandLine commandLine() {
        return Steadfast.commandLine(workspace(), System.out, System.err);
    }

    /** A state directory of the test's own; the distribution and driver the build made, as the launcher names them. */
    private Workspace workspace() {
        return new Workspace(state, ROOT.resolve("platform-ops/target/wildfly/wildfly-dist.zip"), null);
    }
}
