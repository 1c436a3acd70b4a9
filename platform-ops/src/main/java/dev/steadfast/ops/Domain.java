package dev.steadfast.ops;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;

import org.jboss.dmr.ModelNode;

import dev.steadfast.ops.ConfigApplier.Database;
import dev.steadfast.ops.Topology.Group;
import dev.steadfast.ops.Topology.Host;
import dev.steadfast.ops.Topology.Server;

/** The life of one domain on this machine: up, status, deploy, apply and down. */
final class Domain {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final Path projectRoot;
    private final StateDir state;
    private final PrintStream out;

    Domain(Path projectRoot, StateDir state, PrintStream out) {
        this.projectRoot = projectRoot;
        this.state = state;
        this.out = out;
    }

    /** Options of up: which database the application servers use. */
    record DatabaseChoice(String kind, String jdbcUrl, String user, Path passwordFile) {

        /** Refuses a bad choice before anything is installed or started. */
        DatabaseChoice {
            if (!"h2".equals(kind) && !"postgresql".equals(kind)) {
                throw new UserError("Unknown database '" + kind + "'; use h2 or postgresql.");
            }
            if ("postgresql".equals(kind)) {
                if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql://")) {
                    throw new UserError("--db postgresql needs --jdbc-url jdbc:postgresql://HOST:PORT/DATABASE.");
                }
                if (user == null || passwordFile == null || !Files.isReadable(passwordFile)) {
                    throw new UserError("--db postgresql needs --db-user NAME and --db-password-file FILE (a readable file holding the password).");
                }
            }
        }
    }

    void up(String topologyName, DatabaseChoice db) {
        Properties running = runningState();
        if (running != null) {
            throw new UserError("Steadfast is already up (topology " + running.getProperty("topology")
                    + "); run 'steadfast down' first.");
        }
        Topology topology = Topology.load(projectRoot, topologyName);
        long started = System.nanoTime();
        checkPortsFree(topology, db);
        Installation installation = Installation.ensure(projectRoot, state);
        Secrets secrets = new Secrets(state, installation.home());
        List<Long> pids = new ArrayList<>();
        try {
            Database database = provision(topology, db, installation, secrets);
            Properties run = new Properties();
            run.setProperty("topology", topology.name());
            run.setProperty("topology.file", topology.file().toString());
            run.setProperty("db", db.kind());
            run.setProperty("db.url", database.url());
            run.setProperty("db.user", database.user());
            if ("h2".equals(db.kind())) {
                step("starting the H2 database on " + topology.domainController().address() + ":" + H2Server.PORT);
                H2Server h2 = new H2Server(installation, state, secrets, topology.domainController().address());
                h2.start();
                pids.add(readPid(h2.pidFile()));
            }
            for (Host h : topology.hosts()) {
                step("starting host controller " + h.name() + " on " + h.address());
                pids.add(launchHost(installation, topology, h));
            }
            run.setProperty("pids", pids.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse(""));
            saveRunningState(run);
            waitUntilReady(topology, secrets, started);
        } catch (RuntimeException e) {
            out.println("steadfast: up failed, stopping what it started");
            stopProcesses(pids, Duration.ZERO);
            clearRunningState();
            throw e;
        }
        Server b = topology.balancer();
        out.printf("Steadfast is up: topology %s, ready after %.1f s.%n", topology.name(), seconds(started));
        out.printf("  Applications:  https://%s:%d/<context>  (plain http://%s:%d redirects there)%n",
                b.host().address(), b.port(ConfigApplier.HTTPS), b.host().address(), b.port(ConfigApplier.HTTP));
        out.printf("  Management:    https://%s:%d  as %s%n", topology.domainController().address(),
                ConfigApplier.MANAGEMENT_HTTPS, Secrets.ADMIN_USER);
        out.printf("  Credentials:   %s (admin.password; jboss-cli: -Dwildfly.config.url=%s)%n",
                secrets.directory(), secrets.directory().resolve("wildfly-config.xml"));
        out.printf("  App admin:     %s (role admin; %s.password)%n", Secrets.APP_ADMIN_USER, Secrets.APP_ADMIN_USER);
        out.printf("  CA to trust:   %s%n", secrets.directory().resolve("steadfast.crt"));
        out.printf("  Logs:          %s%n", state.root().resolve("hosts"));
    }

    /** Prepares every host of a topology (installation, secrets, base directories) and applies the scripts offline. */
    void provision(String topologyName, DatabaseChoice db) {
        if (runningState() != null) {
            throw new UserError("Steadfast is up; run 'steadfast down' before provisioning again.");
        }
        Topology topology = Topology.load(projectRoot, topologyName);
        Installation installation = Installation.ensure(projectRoot, state);
        provision(topology, db, installation, new Secrets(state, installation.home()));
        out.println("Provisioned topology " + topology.name() + " in " + state.root().resolve("hosts") + ".");
    }

    private Database provision(Topology topology, DatabaseChoice db, Installation installation, Secrets secrets) {
        Database database = chooseDatabase(topology, db, secrets);
        step("preparing hosts");
        secrets.ensureKeyMaterial(topology.hosts().stream().map(Host::address).toList());
        ConfigApplier applier = new ConfigApplier(topology, installation, state, secrets, database);
        provisionHosts(topology, installation, secrets, applier, db);
        applier.writeClientConfig();
        return database;
    }

    /** Applies all scripts offline to every host of the last provisioned topology again and reports the changes. */
    void applyOffline(String topologyName, DatabaseChoice db) {
        if (runningState() != null) {
            throw new UserError("Steadfast is up; use 'steadfast apply' for the running domain, or stop it first.");
        }
        Topology topology = Topology.load(projectRoot, topologyName);
        Installation installation = Installation.ensure(projectRoot, state);
        Secrets secrets = new Secrets(state, installation.home());
        Database database = chooseDatabase(topology, db, secrets);
        ConfigApplier applier = new ConfigApplier(topology, installation, state, secrets, database);
        int changes = 0;
        for (Host h : topology.hosts()) {
            if (!Files.exists(state.host(h.name()).resolve(".steadfast-topology"))) {
                throw new UserError("Host " + h.name() + " is not provisioned; run 'steadfast provision' first.");
            }
            changes += applier.applyOffline(h, bootDeployments(topology, db, h)).changes();
        }
        reportApplied("offline", changes);
    }

    void status(boolean json) {
        Properties running = requireRunning();
        Topology topology = Topology.load(projectRoot, running.getProperty("topology.file"));
        try (Management m = connect(topology)) {
            DomainView view = DomainView.read(m, topology);
            out.print(json ? StatusReport.json(topology, view) : StatusReport.table(view));
        }
    }

    void deploy(Path war, String group) {
        if (!Files.isRegularFile(war)) {
            throw new UserError("No such file: " + war + ".");
        }
        String name = war.getFileName().toString();
        if (!name.endsWith(".war") && !name.endsWith(".ear") && !name.endsWith(".jar")) {
            throw new UserError(war + " is not a .war, .ear or .jar file.");
        }
        Properties running = requireRunning();
        Topology topology = Topology.load(projectRoot, running.getProperty("topology.file"));
        Group target = topology.workerGroups().stream().filter(g -> g.name().equals(group)).findFirst()
                .orElseThrow(() -> new UserError("Unknown server group '" + group + "'; the application groups are "
                        + topology.workerGroups().stream().map(Group::name).toList() + "."));
        try (Management m = connect(topology)) {
            new Deployer(m).deploy(war, target);
            out.printf("Deployed %s to %s (%d servers, one at a time).%n", name, target.name(), target.servers().size());
        }
    }

    /** Applies all scripts to the running domain and reports how many operations changed something. */
    void apply() {
        Properties running = requireRunning();
        Topology topology = Topology.load(projectRoot, running.getProperty("topology.file"));
        Installation installation = Installation.ensure(projectRoot, state);
        Secrets secrets = new Secrets(state, installation.home());
        Database database = new Database("postgresql".equals(running.getProperty("db")) ? "postgresql.jar" : "h2",
                running.getProperty("db.url"), running.getProperty("db.user"));
        JbossCli.Outcome outcome = new ConfigApplier(topology, installation, state, secrets, database).applyOnline();
        reportApplied("", outcome.changes());
    }

    private void reportApplied(String how, int changes) {
        String applied = how.isEmpty() ? "Applied all scripts" : "Applied all scripts " + how;
        out.println(changes == 0 ? applied + ": no change." : applied + ": " + changes + " operations changed the configuration.");
    }

    void down() {
        Properties running = runningState();
        if (running == null) {
            throw new UserError("Nothing to stop: steadfast is not up.");
        }
        Topology topology = Topology.load(projectRoot, running.getProperty("topology.file"));
        List<Long> pids = pids(running);
        Duration grace = Duration.ZERO;
        try (Management m = connect(topology)) {
            step("suspending and stopping every server (in-flight requests drain for up to 20 s)");
            ModelNode stop = Management.op("stop-servers", new ModelNode().setEmptyList());
            stop.get("blocking").set(true);
            stop.get("suspend-timeout").set(20);
            m.executeRaw(stop);
            List<Host> secondariesFirst = new ArrayList<>(topology.hosts());
            secondariesFirst.sort((a, b) -> Boolean.compare(a.domainController(), b.domainController()));
            for (Host h : secondariesFirst) {
                step("stopping host controller " + h.name());
                m.executeRaw(Management.op("shutdown", Management.address("host", h.name())));
            }
            grace = STOP_TIMEOUT;
        } catch (RuntimeException e) {
            out.println("steadfast: the domain controller did not answer (" + e.getMessage() + "); stopping by process id");
        }
        stopProcesses(pids, grace);
        clearRunningState();
        out.println("Steadfast is down: no process left.");
    }

    // --- up, step by step ---

    private Database chooseDatabase(Topology topology, DatabaseChoice db, Secrets secrets) {
        return switch (db.kind()) {
            case "h2" -> new Database("h2", H2Server.url(topology.domainController().address()), H2Server.USER);
            case "postgresql" -> {
                try {
                    secrets.storePassword("db", Files.readString(db.passwordFile()).trim());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                yield new Database("postgresql.jar", db.jdbcUrl(), db.user());
            }
            default -> throw new IllegalArgumentException(db.kind());
        };
    }

    private void provisionHosts(Topology topology, Installation installation, Secrets secrets, ConfigApplier applier, DatabaseChoice db) {
        List<CompletableFuture<Void>> work = new ArrayList<>();
        for (Host h : topology.hosts()) {
            Path dir = state.host(h.name());
            Path marker = dir.resolve(".steadfast-topology");
            if (!Files.exists(marker) || !readQuietly(marker).equals(topology.file().toString())) {
                installation.newHostBaseDir(dir);
                applier.nameDomainController(h);
                for (Path secret : List.of(secrets.secretKeyStore(), secrets.keyStore(), secrets.trustStore())) {
                    StateDir.copyPrivate(secret, state.hostConfig(h.name()).resolve(secret.getFileName()));
                }
                if (h.domainController()) {
                    RealmUsers.MANAGEMENT.put(state.hostConfig(h.name()), Secrets.ADMIN_USER, secrets.password("admin"), "");
                    for (Host other : topology.hosts()) {
                        if (!other.domainController()) {
                            RealmUsers.MANAGEMENT.put(state.hostConfig(h.name()), other.name(), secrets.password("host-" + other.name()), "");
                        }
                    }
                }
                StateDir.writePrivate(marker, topology.file().toString());
            }
            // Every host's servers authenticate application users against its own ApplicationRealm files.
            RealmUsers.APPLICATION.put(state.hostConfig(h.name()), Secrets.APP_ADMIN_USER, secrets.password(Secrets.APP_ADMIN_USER), "admin");
            String deployments = bootDeployments(topology, db, h);
            work.add(CompletableFuture.runAsync(() -> applyIfChanged(applier, h, deployments)));
        }
        try {
            CompletableFuture.allOf(work.toArray(CompletableFuture[]::new)).join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Offline apply, skipped when the scripts and their parameters are those already applied to this host. */
    private void applyIfChanged(ConfigApplier applier, Host h, String bootDeployments) {
        Path fingerprintFile = state.host(h.name()).resolve(".steadfast-applied");
        String fingerprint = fingerprint(applier.renderFor(h, bootDeployments));
        if (Files.exists(fingerprintFile) && readQuietly(fingerprintFile).equals(fingerprint)) {
            return;
        }
        step("applying cli-scripts to host " + h.name() + " (offline)");
        applier.applyOffline(h, bootDeployments);
        StateDir.writePrivate(fingerprintFile, fingerprint);
    }

    /**
     * Deployments every application group has before its servers first boot: steadfast-probe.war (see
     * {@link dev.steadfast.ops.probe}) and, with PostgreSQL, its JDBC driver. Guarded like the scripts, and
     * applied on the domain controller only.
     */
    private String bootDeployments(Topology topology, DatabaseChoice db, Host h) {
        if (!h.domainController()) {
            return "";
        }
        StringBuilder cli = new StringBuilder();
        Path probe = ProbeApp.write(StateDir.privateDirectory(state.root().resolve("apps")));
        cli.append(deployToWorkerGroups(topology, probe, ProbeApp.NAME));
        if ("postgresql".equals(db.kind())) {
            cli.append(deployToWorkerGroups(topology, postgresqlDriver(), "postgresql.jar"));
        }
        return cli.toString();
    }

    private static String deployToWorkerGroups(Topology topology, Path archive, String name) {
        List<String> groups = topology.workerGroups().stream().map(Group::name).toList();
        StringBuilder cli = new StringBuilder("if (outcome != success) of /deployment=" + name + ":read-resource\n"
                + "    deploy " + archive + " --name=" + name + " --server-groups=" + String.join(",", groups) + "\n"
                + "end-if\n");
        for (String g : groups) {
            cli.append("if (outcome != success) of /server-group=").append(g).append("/deployment=").append(name).append(":read-resource\n")
                    .append("    /server-group=").append(g).append("/deployment=").append(name).append(":add(enabled=true)\n")
                    .append("end-if\n");
        }
        return cli.toString();
    }

    private Path postgresqlDriver() {
        try (var files = Files.list(projectRoot.resolve("platform-ops/target/lib"))) {
            return files.filter(f -> f.getFileName().toString().startsWith("postgresql-")).findFirst()
                    .orElseThrow(() -> new UserError("The PostgreSQL driver is missing from platform-ops/target/lib; build first."));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long launchHost(Installation installation, Topology topology, Host h) {
        Path pidFile = StateDir.privateDirectory(state.run()).resolve(h.name() + ".pid");
        Path log = StateDir.privateDirectory(state.logs()).resolve(h.name() + "-console.log");
        Map<String, String> env = new LinkedHashMap<>();
        env.put("JBOSS_HOME", installation.home().toString());
        env.put("JBOSS_PIDFILE", pidFile.toString());
        env.put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        env.put("PROCESS_CONTROLLER_JAVA_OPTS", topology.env("process-controller.java-opts"));
        env.put("HOST_CONTROLLER_JAVA_OPTS", topology.env("host-controller.java-opts"));
        try {
            Files.deleteIfExists(pidFile);
            ProcessBuilder pb = new ProcessBuilder(installation.bin("domain.sh").toString(),
                    "--host-config=" + (h.domainController() ? "host-primary.xml" : "host-secondary.xml"),
                    "-Djboss.domain.base.dir=" + state.host(h.name()), "-Djboss.host.name=" + h.name(),
                    "-Djava.net.preferIPv4Stack=true")
                    .redirectErrorStream(true).redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            pb.environment().putAll(env);
            Process shell = pb.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!Files.exists(pidFile) || readQuietly(pidFile).isBlank()) {
                if (!shell.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("Host controller " + h.name() + " did not start; see " + log);
                }
                Thread.sleep(50);
            }
            return shell.pid();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void waitUntilReady(Topology topology, Secrets secrets, long started) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        String last = "";
        try (Management m = Management.connect(topology.domainController().address(), ConfigApplier.MANAGEMENT_HTTPS,
                secrets.trustStore(), secrets.password("tls"), Secrets.ADMIN_USER, secrets.password("admin"))) {
            while (true) {
                List<String> missing;
                if (!m.reachable()) {
                    missing = List.of("domain controller not answering yet");
                } else {
                    missing = DomainView.read(m, topology).notReady(topology);
                }
                if (missing.isEmpty()) {
                    return;
                }
                String now = String.join("; ", missing);
                if (!now.equals(last)) {
                    out.printf("  %5.1f s  waiting: %s%n", seconds(started), now);
                    last = now;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The domain was not ready after " + READY_TIMEOUT.toSeconds()
                            + " s: " + now + "; see the logs in " + state.root().resolve("hosts"));
                }
                Thread.sleep(250);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void checkPortsFree(Topology topology, DatabaseChoice db) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        if ("h2".equals(db.kind())) {
            ports.put(topology.domainController().address() + ":" + H2Server.PORT, 0);
        }
        for (Host h : topology.hosts()) {
            ports.put(h.address() + ":" + ConfigApplier.MANAGEMENT_HTTPS, 0);
        }
        for (Group g : topology.groups()) {
            for (Server s : g.servers()) {
                List<Integer> base = g.balancer()
                        ? List.of(ConfigApplier.HTTP, ConfigApplier.HTTPS, Integer.parseInt(topology.env("balancer.mcmp-port")))
                        : List.of(ConfigApplier.HTTPS, ConfigApplier.HTTP, ConfigApplier.JGROUPS, ConfigApplier.JGROUPS_FD);
                base.forEach(p -> ports.put(s.host().address() + ":" + s.port(p), 0));
            }
        }
        for (String hostPort : ports.keySet()) {
            String[] hp = hostPort.split(":");
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress(InetAddress.getByName(hp[0]), Integer.parseInt(hp[1])));
            } catch (IOException e) {
                throw new UserError("Port " + hostPort + " is already in use, so topology " + topology.name()
                        + " cannot start; stop whatever holds it or use another topology.");
            }
        }
    }

    // --- running state and processes ---

    private Properties runningState() {
        Path file = state.run().resolve("steadfast.properties");
        if (!Files.exists(file)) {
            return null;
        }
        Properties p = load(file);
        if (pids(p).stream().noneMatch(Processes::alive)) {
            clearRunningState();
            return null;
        }
        return p;
    }

    private Properties requireRunning() {
        Properties p = runningState();
        if (p == null) {
            throw new UserError("Steadfast is not up; start it with 'steadfast up'.");
        }
        return p;
    }

    private void saveRunningState(Properties p) {
        StringBuilder sb = new StringBuilder("# What steadfast up started; steadfast down stops exactly these processes.\n");
        p.stringPropertyNames().stream().sorted().forEach(k -> sb.append(k).append('=').append(p.getProperty(k)).append('\n'));
        StateDir.writePrivate(StateDir.privateDirectory(state.run()).resolve("steadfast.properties"), sb.toString());
    }

    private void clearRunningState() {
        try {
            Files.deleteIfExists(state.run().resolve("steadfast.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Long> pids(Properties p) {
        String csv = p.getProperty("pids", "");
        return csv.isBlank() ? List.of() : java.util.Arrays.stream(csv.split(",")).map(Long::parseLong).toList();
    }

    /**
     * Stops exactly the process trees {@code up} started: they get {@code grace} to end by themselves (after a
     * graceful shutdown through the management API), then TERM, then KILL ten seconds later.
     */
    private void stopProcesses(List<Long> pids, Duration grace) {
        List<ProcessHandle> all = new ArrayList<>();
        pids.forEach(pid -> all.addAll(Processes.tree(pid)));
        awaitExit(all, grace);
        all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroy);
        awaitExit(all, Duration.ofSeconds(10));
        all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        all.forEach(p -> p.onExit().join());
    }

    private static void awaitExit(List<ProcessHandle> processes, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (processes.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            sleep(100);
        }
    }

    // --- small helpers ---

    private Management connect(Topology topology) {
        Secrets secrets = new Secrets(state, null);
        return Management.connect(topology.domainController().address(), ConfigApplier.MANAGEMENT_HTTPS,
                secrets.trustStore(), secrets.password("tls"), Secrets.ADMIN_USER, secrets.password("admin"));
    }

    private void step(String what) {
        out.println("steadfast: " + what);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static long readPid(Path file) {
        return Long.parseLong(readQuietly(file).trim());
    }

    private static String readQuietly(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file).trim() : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load(Path file) {
        Properties p = new Properties();
        try (var r = Files.newBufferedReader(file)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static String fingerprint(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
