package dev.steadfast.ops.domain;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

import dev.steadfast.ops.UserError;
import dev.steadfast.ops.health.HttpsProbe;
import dev.steadfast.ops.management.Management;
import dev.steadfast.ops.provision.Installation;
import dev.steadfast.ops.provision.Provisioner;
import dev.steadfast.ops.provision.Renderer;
import dev.steadfast.ops.provision.Secrets;
import dev.steadfast.ops.provision.StateDir;
import dev.steadfast.ops.topology.DatabaseChoice;
import dev.steadfast.ops.topology.DatabaseKind;
import dev.steadfast.ops.topology.Group;
import dev.steadfast.ops.topology.Ports;
import dev.steadfast.ops.topology.Server;
import dev.steadfast.ops.topology.Topology;

/** The commands on one domain of this machine, as the command line calls them; each prints only its own lines. */
public final class Domain {

    private final Workspace workspace;
    private final StateDir state;
    private final PrintStream out;

    public Domain(Workspace workspace, PrintStream out) {
        this.workspace = workspace;
        this.state = new StateDir(workspace.stateRoot());
        this.out = out;
    }

    /** Brings the domain up, its hosts in containers or not; see docs/reasons.md#class-data-sharing for the archives. */
    public void up(String topology, DatabaseChoice db, boolean classDataArchives, boolean containers) {
        new Startup(workspace, state, out).up(topology(topology), db, classDataArchives && !containers, containers);
    }

    /** Prepares every host of a topology (installation, secrets, base directories) and applies the scripts offline. */
    public void provision(String topologyName, DatabaseChoice db) {
        refuseWhenUp("Steadfast is up; run 'steadfast down' before provisioning again.");
        Topology topology = topology(topologyName);
        provisioner().provision(topology, db);
        out.println("Provisioned topology " + topology.name() + " in " + state.hosts() + ".");
    }

    /** Applies all scripts offline to every host of a provisioned topology again and reports the changes. */
    public void applyOffline(String topologyName, DatabaseChoice db) {
        refuseWhenUp("Steadfast is up; use 'steadfast apply' for the running domain, or stop it first.");
        reportApplied("Applied all scripts offline", provisioner().applyOffline(topology(topologyName), db));
    }

    /**
     * Applies all scripts to the running domain, reports how many operations changed something, then restarts the
     * servers that wait for a restart to take the change: application servers one at a time, each gated on ready and
     * redundant ({@link Rollout#restartWherePending()}).
     */
    public void apply(Duration readyWithin) {
        RunningState running = RunningState.require(state);
        Topology topology = topology(running.topologySource());
        reportApplied("Applied all scripts", provisioner().applyOnline(topology, running.database(), running.containers()));
        Secrets secrets = new Secrets(state);
        try (Management m = Administrator.connect(topology, secrets)) {
            rollout(m, topology, secrets, readyWithin).restartWherePending();
        }
    }

    /** Writes the curated configuration of a topology for the user's own jboss-cli.sh (see {@link Renderer}). */
    public void render(String topologyName, DatabaseChoice db, Path output) {
        Path target = output.toAbsolutePath().normalize();
        if (target.equals(workspace.stateRoot()) || target.startsWith(workspace.stateRoot().resolve("hosts"))) {
            throw new UserError("Render into a directory of its own, not into steadfast's state " + workspace.stateRoot() + ".");
        }
        Topology topology = Topology.loadForElsewhere(topologyName);
        List<Path> scripts = new Renderer(target, workspace.postgresqlDriver()).render(topology, db);
        out.println("Rendered topology " + topology.name() + " into " + target + ":");
        scripts.forEach(script -> out.println("  " + script));
        out.println("Each host script says how to apply it offline; online.cli goes to a running domain through its domain controller.");
        if (db.kind() == DatabaseKind.H2) {
            out.println("SteadfastDS points at an H2 TCP server on the domain controller's private address, port " + Ports.H2
                    + ": start one there (steadfast up does for its own domains), or render with --db postgresql.");
        }
    }

    /** Builds the cloud shape's image of an application, and the secrets its containers are given ({@link CloudImage}). */
    public void image(Path war, List<String> addresses, Optional<Path> databasePasswordFile) {
        new CloudImage(workspace, state, out).build(war, addresses, databasePasswordFile);
    }

    /** Generates the next audit key version (see {@link Secrets#rotateAuditKey()}). */
    public void rotateAuditKey() {
        int version = new Secrets(state).rotateAuditKey();
        out.println("Generated audit key version " + version + "; older versions are kept. Servers seal new audit records with it once "
                + (RunningState.read(state).isPresent() ? "'steadfast apply' has bound it and restarted them, one at a time." : "the next 'steadfast up' binds it."));
    }

    public void status(boolean json) {
        RunningState running = RunningState.require(state);
        Topology topology = topology(running.topologySource());
        Secrets secrets = new Secrets(state);
        List<SupervisorView> supervisors = topology.hosts().stream().map(h -> SupervisorView.read(state, running, h)).toList();
        try (Management m = Administrator.connect(topology, secrets)) {
            DomainView view = DomainView.read(m, topology, new HttpsProbe(secrets.clientTls(), DomainView.READ_TIMEOUT));
            out.print(json ? StatusReport.json(topology, view, supervisors, running.database().url(), secrets.directory())
                    : StatusReport.table(topology, view, supervisors));
        }
    }

    /** Writes a Prometheus configuration for the running domain, its alert rules and dashboard ({@link MonitoringFiles}). */
    public void monitoring(Path output, int scrapeSeconds) {
        Topology topology = topology(RunningState.require(state).topologySource());
        List<Path> files = new MonitoringFiles(topology, new Secrets(state)).write(output.toAbsolutePath().normalize(), scrapeSeconds);
        out.println("Wrote " + files.stream().map(Path::toString).toList() + " and the TLS files they name: prometheus --config.file="
                + files.get(0) + " scrapes topology " + topology.name() + " every " + scrapeSeconds + " s.");
    }

    /**
     * Runs the supervisor of one host in the foreground until it is stopped: of the running domain, or of the named
     * topology (on a host that {@code up} did not start, under a service manager).
     */
    public void supervise(String hostName, String topologyName, Path domainBaseDir) {
        String source = topologyName != null ? topologyName : RunningState.read(state).map(RunningState::topologySource)
                .orElseThrow(() -> new UserError("Steadfast is not up; start it with 'steadfast up', or name the topology with --topology."));
        new Supervision(state, out).supervise(topology(source), hostName, domainBaseDir);
    }

    /**
     * Runs a drill against a server of the running domain (by default the last server of the first application group)
     * and writes its report into {@code reports} (by default logs/drills of the state directory).
     */
    public void drill(DrillKind kind, String serverName, int sessions, Duration duration, Path reports) {
        RunningState running = RunningState.require(state);
        Topology topology = topology(running.topologySource());
        List<Server> workers = topology.workerGroups().stream().flatMap(g -> g.servers().stream()).toList();
        Server target = serverName == null ? topology.workerGroups().get(0).servers().get(topology.workerGroups().get(0).servers().size() - 1)
                : topology.servers().stream().filter(s -> s.name().equals(serverName)).findFirst().orElseThrow(() -> new UserError(
                        "Unknown server '" + serverName + "'; the application servers are " + workers.stream().map(Server::name).toList() + "."));
        Path into = reports != null ? reports : state.logs().resolve("drills");
        Optional<DatabaseOutage> outage = kind == DrillKind.DB_OUTAGE ? Optional.of(outage(running, topology)) : Optional.empty();
        if (!new Drill(state, topology, out).run(kind, target, sessions, duration, into, outage)) {
            throw new IllegalStateException("the drill failed; its report says how.");
        }
    }

    /**
     * {@code steadfast database close|open}: the running domain's database refuses the servers' connections and drops
     * those they hold, as in an outage, or takes them again ({@link DatabaseOutage}). Opening an open one changes nothing.
     */
    public void database(boolean close) {
        RunningState running = RunningState.require(state);
        DatabaseOutage outage = outage(running, topology(running.topologySource()));
        if (close) {
            outage.begin();
            out.println("Closed " + outage.what() + " to the servers: they are not ready until 'steadfast database open'.");
        } else {
            outage.end();
            out.println("Opened " + outage.what() + " to the servers again.");
        }
    }

    private DatabaseOutage outage(RunningState running, Topology topology) {
        return DatabaseOutage.of(state, topology, running.database(), workspace.wildflyDistribution(), workspace.postgresqlDriver());
    }

    /**
     * {@code steadfast deploy}: the profile scripts the archive carries first ({@link ArchiveRelease}), then the archive
     * to the group one server at a time ({@link Deployer}).
     */
    public void deploy(Path archive, String groupName, Duration readyWithin) {
        ArchiveRelease release = new ArchiveRelease(archive);
        RunningState running = RunningState.require(state);
        Topology topology = topology(running.topologySource());
        Group group = workerGroup(topology, groupName);
        boolean deployed;
        Secrets secrets = new Secrets(state);
        try (Management m = Administrator.connect(topology, secrets)) {
            release.applyProfileScripts(provisioner(), running, topology, group, rollout(m, topology, secrets, readyWithin), out);
            deployed = new Deployer(m).deploy(archive, group);
        }
        out.println(deployed ? String.format("Deployed %s to %s (%d servers, one at a time).", release.name(), group.name(), group.servers().size())
                : String.format("%s already runs in %s with this content; nothing changed.", release.name(), group.name()));
    }

    /** {@code steadfast rollout}: the archive's profile scripts, then the archive to the group one server at a time, each gated on ready and redundant ({@link Rollout}). */
    public void rollout(Path archive, String groupName, Duration readyWithin) {
        ArchiveRelease release = new ArchiveRelease(archive);
        RunningState running = RunningState.require(state);
        rolling(groupName, readyWithin, (rollout, group) -> {
            release.applyProfileScripts(provisioner(), running, topology(running.topologySource()), group, rollout, out);
            rollout.rollout(archive, group);
        });
    }

    /** {@code steadfast restart}: every server of the group restarted one at a time with the rollout's gate. */
    public void restart(String groupName, Duration readyWithin) {
        rolling(groupName, readyWithin, Rollout::restart);
    }

    private void rolling(String groupName, Duration readyWithin, BiConsumer<Rollout, Group> change) {
        Topology topology = topology(RunningState.require(state).topologySource());
        Group group = workerGroup(topology, groupName);
        Secrets secrets = new Secrets(state);
        try (Management m = Administrator.connect(topology, secrets)) {
            change.accept(rollout(m, topology, secrets, readyWithin), group);
        }
    }

    private Rollout rollout(Management m, Topology topology, Secrets secrets, Duration readyWithin) {
        return new Rollout(m, topology, new HttpsProbe(secrets.clientTls(), DomainView.READ_TIMEOUT), out, readyWithin, moment -> { });
    }

    private static Group workerGroup(Topology topology, String groupName) {
        return topology.workerGroup(groupName).orElseThrow(() -> new UserError("Unknown server group '" + groupName
                + "'; the application groups are " + topology.workerGroups().stream().map(Group::name).toList() + "."));
    }

    public void down() {
        new Shutdown(state, out).down();
    }

    private Topology topology(String nameOrFile) {
        return Topology.load(nameOrFile);
    }

    private Provisioner provisioner() {
        Installation installation = Installation.ensure(workspace.wildflyDistribution(), state);
        return new Provisioner(state, installation, workspace.postgresqlDriver(), step -> out.println("steadfast: " + step));
    }

    private void refuseWhenUp(String sentence) {
        if (RunningState.read(state).isPresent()) {
            throw new UserError(sentence);
        }
    }

    private void reportApplied(String applied, int changes) {
        out.println(changes == 0 ? applied + ": no change." : applied + ": " + changes + " operations changed the configuration.");
    }
}
