package dev.steadfast.shop.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.steadfast.testing.TestClient;
import dev.steadfast.testing.TestServer;

/**
 * Stock WildFly 39, for the benchmark's comparison: the same distribution, hosts, addresses, JVM settings, database
 * (an H2 TCP server) and WAR as Steadfast's local topology, with the stock {@code ha} and {@code load-balancer}
 * profiles and only what the shop needs to run and the documented setup without multicast asks
 * ({@code stock-wildfly/primary.cli}, {@code secondary.cli}). All of it lives in a state directory of its own, which
 * it replaces at each {@code up}; its secrets are generated there (0600) and never on a command line.
 */
final class StockDomain {

    private static final String PRIMARY = "127.0.0.11";
    private static final String DATABASE_URL = "jdbc:h2:tcp://" + PRIMARY + ":9092/steadfast";
    private static final Duration START_WAIT = Duration.ofMinutes(3);
    private final Path state;
    private final Path home;

    private StockDomain(Path state, Path home) {
        this.state = state;
        this.home = home;
    }

    /** Unpacks the distribution, sets it up, starts the database and both hosts, and deploys the WAR, ready. */
    static StockDomain up(Path distribution, Path state, Path war) {
        StockDomain domain;
        try {
            BenchmarkFiles.replaceDirectory(state);
            domain = new StockDomain(state, BenchmarkFiles.unzip(distribution, state));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            domain.start(war);
            return domain;
        } catch (IOException | RuntimeException e) {
            domain.down();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    Path state() {
        return state;
    }

    /** The shop through the stock balancer's HTTPS listener. */
    URI balancer() {
        return URI.create("https://" + PRIMARY + ":8443/shop/");
    }

    /** Every product's stock, set in the database (stock WildFly has no Steadfast administrator to ask). */
    void restock(int units) {
        try (Connection db = DriverManager.getConnection(DATABASE_URL, "steadfast", secret("db"))) {
            db.createStatement().executeUpdate("UPDATE product SET stock = " + units + ", version = version + 1");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot restock the stock domain's shop", e);
        }
    }

    /**
     * Both hosts shut down through the domain controller, then the database; a process of this domain that is still
     * there after a minute (its state directory is in its command line) is killed.
     */
    void down() {
        try {
            cli("/host=secondary:shutdown");
            cli("/host=primary:shutdown");
        } catch (RuntimeException e) {
            System.err.println("Stock domain: shutdown through the domain controller failed, killing its processes: " + e.getMessage());
        }
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (!hostsGone() && Instant.now().isBefore(deadline)) {
            BenchmarkDomain.pause(Duration.ofSeconds(1));
        }
        ours().forEach(ProcessHandle::destroy);
        BenchmarkDomain.pause(Duration.ofSeconds(5));
        ours().forEach(ProcessHandle::destroyForcibly);
    }

    /** Whether at most the database is left: every host's process controller has ended. */
    private boolean hostsGone() {
        return ours().stream().allMatch(p -> p.info().commandLine().orElse("").contains("org.h2.tools.Server"));
    }

    /** Every process this domain started, found by its state directory in the command line. */
    private List<ProcessHandle> ours() {
        return ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains(state.toString())).toList();
    }

    private void start(Path war) throws IOException {
        Path secrets = Files.createDirectories(state.resolve("secrets"));
        for (String name : List.of("db", "tls")) {
            BenchmarkFiles.writePrivate(secrets.resolve(name + ".password"), TestClient.randomPassword());
        }
        // An audit key is at least 32 characters.
        BenchmarkFiles.writePrivate(secrets.resolve("audit-keys"), "1:" + TestClient.randomPassword() + TestClient.randomPassword());
        for (String host : List.of("primary", "secondary")) {
            BenchmarkFiles.copyTree(home.resolve("domain"), state.resolve(host));
        }
        Path keyStore = state.resolve("primary/configuration/stock-tls.p12");
        run(List.of(BenchmarkFiles.jdkTool("keytool"), "-genkeypair", "-alias", "stock", "-keyalg", "EC",
                "-groupname", "secp256r1", "-sigalg", "SHA256withECDSA", "-validity", "30", "-dname", "CN=stock-wildfly",
                "-ext", "SAN=ip:127.0.0.11,ip:127.0.0.12", "-storetype", "PKCS12", "-keystore", keyStore.toString(),
                "-storepass:file", secrets.resolve("tls.password").toString()), Map.of());
        startDatabase();
        awaitDatabase();
        apply("primary.cli", "primary", Map.of("@DB_PASSWORD@", secret("db"), "@AUDIT_KEYS@", secret("audit-keys"),
                "@KEY_STORE@", keyStore.toString(), "@TLS_PASSWORD@", secret("tls")));
        apply("secondary.cli", "secondary", Map.of());
        startHost("primary", "host-primary.xml");
        awaitCli(":read-attribute(name=name)");
        startHost("secondary", "host-secondary.xml", "-Djboss.domain.primary.address=" + PRIMARY);
        for (String server : List.of("/host=primary/server=balancer", "/host=primary/server=apps-1", "/host=secondary/server=apps-2")) {
            awaitCli(server + ":read-attribute(name=server-state)", "\"running\"");
        }
        cli("deploy " + war + " --server-groups=stock-apps");
        awaitCli("/host=primary/server=balancer/subsystem=undertow/configuration=filter/mod-cluster=load-balancer"
                + ":read-resource(recursive=true, include-runtime=true)", "apps-1", "apps-2");
        TrustedPage.awaitOk(balancer().resolve("health/ready"), keyStore, "stock", secret("tls"), START_WAIT);
    }

    /** The database the stock servers use: made here first (an H2 server refuses to create one remotely), then served. */
    private void startDatabase() throws IOException {
        Path data = Files.createDirectories(state.resolve("database"));
        try (Connection ignored = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("steadfast"), "steadfast", secret("db"))) {
            // created
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the stock domain's database", e);
        }
        Path h2;
        try (Stream<Path> jars = Files.list(home.resolve("modules/system/layers/base/com/h2database/h2/main"))) {
            h2 = jars.filter(j -> j.getFileName().toString().endsWith(".jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No H2 module in " + home));
        }
        new ProcessBuilder(BenchmarkFiles.jdkTool("java"), "-Xmx96m", "-XX:+UseSerialGC", "-Dh2.bindAddress=" + PRIMARY, "-cp", h2.toString(),
                "org.h2.tools.Server", "-tcp", "-tcpPort", "9092", "-baseDir", data.toString())
                .redirectErrorStream(true).redirectOutput(state.resolve("database.log").toFile()).start();
    }

    /** The database answers with this domain's password: not another server that holds the port. */
    private void awaitDatabase() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            try (Connection ignored = DriverManager.getConnection(DATABASE_URL, "steadfast", secret("db"))) {
                return;
            } catch (SQLException notYet) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("The stock domain's database does not answer at " + DATABASE_URL, notYet);
                }
                BenchmarkDomain.pause(Duration.ofMillis(500));
            }
        }
    }

    private void apply(String script, String host, Map<String, String> values) throws IOException {
        String text;
        try (InputStream in = StockDomain.class.getResourceAsStream("/stock-wildfly/" + script)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace(value.getKey(), value.getValue());
        }
        Path rendered = state.resolve(script);
        BenchmarkFiles.writePrivate(rendered, text);
        try {
            run(List.of(home.resolve("bin/jboss-cli.sh").toString(), "--file=" + rendered),
                    Map.of("JAVA_OPTS", "-Djboss.domain.base.dir=" + state.resolve(host) + " -Djboss.host.name=" + host));
        } catch (IllegalStateException e) {
            // The CLI may echo the failed line, secrets and all.
            String said = e.getMessage();
            for (String secret : values.values()) {
                said = said.replace(secret, "(secret)");
            }
            throw new IllegalStateException(said);
        } finally {
            Files.delete(rendered);
        }
    }

    private void startHost(String host, String hostConfig, String... extra) throws IOException {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/domain.sh").toString(), "--host-config=" + hostConfig,
                "-Djboss.domain.base.dir=" + state.resolve(host), "-Djboss.host.name=" + host, "-Djava.net.preferIPv4Stack=true"));
        command.addAll(List.of(extra));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(state.resolve(host + ".log").toFile());
        pb.environment().put("JBOSS_HOME", home.toString());
        pb.environment().put("PROCESS_CONTROLLER_JAVA_OPTS", "-Xms8m -Xmx24m -XX:+UseSerialGC -XX:MaxMetaspaceSize=48m -Xss512k"
                + " -XX:TieredStopAtLevel=1 -Djava.net.preferIPv4Stack=true");
        pb.environment().put("HOST_CONTROLLER_JAVA_OPTS", "-Xms32m -Xmx160m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:MaxMetaspaceSize=160m"
                + " -Xss512k -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true");
        pb.start();
    }

    private void awaitCli(String operation, String... expected) {
        Instant deadline = Instant.now().plus(START_WAIT);
        while (true) {
            try {
                String answer = cli(operation);
                if (List.of(expected).stream().allMatch(answer::contains)) {
                    return;
                }
            } catch (RuntimeException notYet) {
                if (Instant.now().isAfter(deadline)) {
                    throw notYet;
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The stock domain did not answer " + List.of(expected) + " to " + operation);
            }
            BenchmarkDomain.pause(Duration.ofSeconds(2));
        }
    }

    /** A management operation through the domain controller, as its local user (stock lets the machine's own user in). */
    private String cli(String command) {
        return run(List.of(home.resolve("bin/jboss-cli.sh").toString(), "-c", "--controller=remote+http://" + PRIMARY + ":9990",
                "--command=" + command), Map.of());
    }

    private String run(List<String> command, Map<String, String> environment) {
        try {
            Path log = Files.createTempFile(state, "command", ".log");
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().putAll(environment);
            Process p = pb.start();
            boolean done = p.waitFor(5, TimeUnit.MINUTES);
            String output = Files.readString(log);
            Files.delete(log);
            if (!done || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command.subList(0, Math.min(3, command.size()))) + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String secret(String name) {
        return TestServer.read(state.resolve("secrets").resolve(name.equals("audit-keys") ? name : name + ".password"));
    }

}
