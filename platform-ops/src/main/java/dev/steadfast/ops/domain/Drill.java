package dev.steadfast.ops.domain;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.net.ssl.SSLContext;

import dev.steadfast.ops.ContentHash;
import dev.steadfast.ops.UserError;
import dev.steadfast.ops.drill.DrillApp;
import dev.steadfast.ops.drill.DrillReport;
import dev.steadfast.ops.drill.LoadResult;
import dev.steadfast.ops.drill.LoadSettings;
import dev.steadfast.ops.drill.LostAck;
import dev.steadfast.ops.drill.Machine;
import dev.steadfast.ops.drill.SessionLoad;
import dev.steadfast.ops.health.HttpsProbe;
import dev.steadfast.ops.management.Management;
import dev.steadfast.ops.provision.Secrets;
import dev.steadfast.ops.provision.StateDir;
import dev.steadfast.ops.supervision.SupervisorSettings;
import dev.steadfast.ops.system.PrivateFiles;
import dev.steadfast.ops.topology.Group;
import dev.steadfast.ops.topology.Ports;
import dev.steadfast.ops.topology.Server;
import dev.steadfast.ops.topology.Topology;

/**
 * {@code steadfast drill KIND}: deploys steadfast-drill.war to the target's group, waits until the group is redundant
 * (a fault on a cluster that is not would prove nothing), runs the session-integrity load through the balancer,
 * injects the fault, waits until the group is redundant again, reads every session once more and writes the report
 * (JSON, Markdown, SVG). It passes when no acknowledged write was lost, no session was reset, every session could be
 * read again and the group came back redundant by itself.
 */
record Drill(StateDir state, Topology topology, PrintStream out) {

    /** The balancer's bound on any request (cli-scripts/domain/070-balancer.cli). */
    static final Duration REQUEST_BOUND = Duration.ofSeconds(10);
    static final Duration PACE = Duration.ofMillis(100);
    private static final Duration WARM_UP = Duration.ofSeconds(5);
    private static final Duration COOL_DOWN = Duration.ofSeconds(3);
    private static final Duration REDUNDANT_BEFORE = Duration.ofMinutes(3);
    /** How close to a fault the faulted server's answer to a lost write must be to count as answered, not committed. */
    static final Duration COMMIT_MOMENT = Duration.ofMillis(250);
    static final String AT_THE_FAULT = "acknowledged writes lost as the faulted server had answered, not committed them";
    /** The phase of a rollout drill from its start to its last server back in. */
    static final String ROLLED_OUT = "time to roll out";
    /** How long each server of a rollout drill gets to be ready and redundant. */
    private static final Duration ROLLOUT_READY = Duration.ofMinutes(3);
    /** The phases of a drill's second fault are reported under this prefix. */
    private static final String SECOND = "second fault, ";

    /**
     * @param duration how long a steady drill's load runs, or a partition lasts
     * @param outage   what a db-outage drill does to the domain's database; empty for the other drills
     */
    boolean run(DrillKind kind, Server target, int sessions, Duration duration, Path reports, Optional<DatabaseOutage> outage) {
        Group group = topology.groupOf(target);
        if (group.balancer()) {
            throw new UserError(target.name() + " is the balancer; drills target an application server: "
                    + topology.workerGroups().stream().flatMap(g -> g.serverNames().stream()).toList() + ".");
        }
        Optional<NetworkCut> cut = kind == DrillKind.PARTITION ? Optional.of(NetworkCut.prepare(target, group)) : Optional.empty();
        Server peer = group.servers().stream().filter(s -> !s.equals(target)).findFirst()
                .orElseThrow(() -> new UserError(group.name() + " has one server: nothing would hold its sessions during a drill."));
        Secrets secrets = new Secrets(state);
        SSLContext tls = secrets.clientTls();
        SupervisorSettings supervisor = SupervisorSettings.DEFAULT;
        try (Management m = Administrator.connect(topology, secrets)) {
            deployDrillApp(m, group);
            HttpsProbe probe = new HttpsProbe(tls, DomainView.READ_TIMEOUT);
            out.println("steadfast: waiting until " + group.name() + " is redundant");
            awaitRedundant(m, probe, group);
            Server balancer = topology.balancer();
            URI counter = URI.create("https://" + balancer.host().publicAddress() + ":" + balancer.port(Ports.HTTPS) + DrillApp.COUNTER_PATH);
            LoadSettings settings = new LoadSettings(counter, sessions, PACE, REQUEST_BOUND.plusSeconds(5));
            try (SessionLoad load = SessionLoad.start(settings, tls)) {
                DrillObserver observer = new DrillObserver(m, topology, group, probe, state, load);
                for (Server s : kind.touchesEveryServer() ? group.servers() : List.of(target)) {
                    if (!observer.supervised(s)) {
                        throw new UserError("The supervisor of host " + s.host().name() + " does not run, so nothing would heal "
                                + s.name() + "; bring the domain down and up again, or start 'steadfast supervise --host "
                                + s.host().name() + "'.");
                    }
                }
                List<String> findings = new ArrayList<>();
                DrillFaults faults = new DrillFaults(observer, state, m, findings);
                out.println("steadfast: " + sessions + " sessions write through the balancer; the fault comes in " + WARM_UP.toSeconds() + " s");
                DrillObserver.sleep(WARM_UP);
                Instant faultFree = Instant.now();
                Map<String, Duration> phases = switch (kind) {
                    case STEADY -> {
                        observer.mark("steady load for " + duration.toSeconds() + " s");
                        DrillObserver.sleep(duration);
                        yield Map.of();
                    }
                    case KILL -> faults.kill(target);
                    case HANG -> faults.hang(target);
                    case CRASH_LOOP -> faults.crashLoop(target, supervisor);
                    case DB_OUTAGE -> faults.databaseOutage(group.servers(), outage.orElseThrow());
                    case ROLLOUT -> rollout(m, probe, group, observer, findings);
                    case PARTITION -> faults.partition(target, group.servers(), cut.orElseThrow(), duration);
                    case HANG_THEN_KILL -> {
                        Map<String, Duration> both = new LinkedHashMap<>(faults.hang(target));
                        if (both.containsKey(DrillReport.TIME_TO_REDUNDANT)) {
                            // As long after redundancy as a drill's first fault: 5 s later no kill lost a write in our
                            // runs, while a kill the moment the group turned redundant did (docs/reasons.md#fencing-over-merging).
                            DrillObserver.sleep(WARM_UP);
                            faults.kill(peer).forEach((phase, d) -> both.put(SECOND + phase, d));
                        }
                        yield both;
                    }
                };
                DrillObserver.sleep(COOL_DOWN);
                load.verify();
                Map<String, String> shaping = DrillFaults.settings(supervisor, sessions);
                cut.ifPresent(c -> shaping.put("cut", c.what()));
                LoadResult result = load.result();
                long atFault = lostAtTheFault(result, observer.faults());
                shaping.put(AT_THE_FAULT, String.valueOf(atFault));
                long acts = group.servers().stream().mapToLong(s -> observer.events(s, faultFree).size()).sum();
                shaping.put("supervisor acts during the drill", String.valueOf(acts));
                if (acts > 0 && !kind.supervisorActs()) {
                    findings.add(acts + " times the supervisor acted on a server that had no fault");
                }
                // A rollout drains each server before it stops it: no request has a reason to fail.
                if (kind == DrillKind.ROLLOUT && result.failed() > 0) {
                    findings.add(result.failed() + " requests failed during the rollout");
                }
                if (!findings.isEmpty()) {
                    shaping.put("what went wrong", String.join("; ", findings));
                }
                DrillReport report = new DrillReport(kind.word(), switch (kind) {
                    case STEADY -> group.name();
                    case DB_OUTAGE -> outage.orElseThrow().what() + ", under " + group.name();
                    case ROLLOUT -> "the next release of " + DrillApp.NAME + " to " + group.name();
                    case PARTITION -> "the cluster link of host " + target.host().name() + ", " + duration.toSeconds() + " s";
                    default -> target.name() + " on host " + target.host().name();
                }, result, observer.marks(), phases, shaping, Machine.here());
                return conclude(kind, report, reports, atFault, findings);
            }
        }
    }

    /**
     * The drill application in the group: release 1, unless a drill rollout left one of its releases running there
     * (which {@link Deployer} would refuse to replace: a release name names its content for good).
     */
    private void deployDrillApp(Management m, Group group) {
        Twins twins = new Twins(m, group);
        if (twins.runningAs(twins.active(), DrillApp.NAME).map(c -> Twins.isReleaseName(c.name())).orElse(false)) {
            return;
        }
        new Deployer(m).deploy(DrillApp.write(PrivateFiles.directory(state.apps())), group);
    }

    /**
     * The drill application's other release (2 after 1, 1 after 2) rolled out to the group under the load
     * ({@link Rollout}); each server's moments marked on the load's clock, its turn from out to back in a phase. A
     * rollout that failed or was rolled back is a finding.
     */
    private Map<String, Duration> rollout(Management m, HttpsProbe probe, Group group, DrillObserver observer, List<String> findings) {
        Twins twins = new Twins(m, group);
        String running = twins.runningAs(twins.active(), DrillApp.NAME).map(Twins.Content::sha1).orElse("");
        Path first = DrillApp.write(PrivateFiles.directory(state.apps().resolve("drill-release-1")), 1);
        int next = running.equals(ContentHash.sha1(first)) ? 2 : 1;
        Path release = DrillApp.write(PrivateFiles.directory(state.apps().resolve("drill-release-" + next)), next);
        observer.mark("rollout of release " + next);
        Instant begun = Instant.now();
        Map<String, Duration> phases = new LinkedHashMap<>();
        try {
            new Rollout(m, topology, probe, out, ROLLOUT_READY, observer::mark).rollout(release, group)
                    .forEach(step -> phases.put(step.server().name() + " out to back in", step.redundant().orElseThrow()));
        } catch (IllegalStateException | UserError e) {
            findings.add(e.getMessage());
            return phases;
        }
        observer.mark("rolled out");
        phases.put(ROLLED_OUT, Duration.between(begun, Instant.now()));
        return phases;
    }

    private void awaitRedundant(Management m, HttpsProbe probe, Group group) {
        List<String> missing = DomainView.awaitRedundant(m, topology, probe, group, REDUNDANT_BEFORE);
        if (!missing.isEmpty()) {
            throw new IllegalStateException(group.name() + " was not ready and redundant within " + REDUNDANT_BEFORE.toMinutes()
                    + " min, so no fault was injected: " + String.join("; ", missing));
        }
    }

    /**
     * Acknowledged writes lost because the faulted server had answered them and not yet committed them when the fault
     * struck: WildFly flushes the answer before it commits the session (docs/reasons.md#acknowledged-before-replicated).
     * Counted apart, by the server that acknowledged the last lost write and when, within {@link #COMMIT_MOMENT} of a
     * fault of that very server; every other lost write fails the drill.
     */
    static long lostAtTheFault(LoadResult load, List<DrillObserver.Fault> faults) {
        return load.lostAcks().stream().filter(lost -> faults.stream().anyMatch(f -> f.server().equals(lost.node())
                && Math.abs(lost.ackedAtMillis() - f.atMillis()) <= COMMIT_MOMENT.toMillis())).mapToLong(LostAck::writes).sum();
    }

    private boolean conclude(DrillKind kind, DrillReport report, Path reports, long atFault, List<String> findings) {
        String name = kind.word() + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        List<Path> files = report.writeTo(reports, name);
        LoadResult r = report.load();
        boolean recovered = findings.isEmpty() && (kind == DrillKind.STEADY || kind == DrillKind.ROLLOUT && report.phase(ROLLED_OUT).isPresent()
                || report.phase(DrillReport.TIME_TO_REDUNDANT).isPresent() && report.phase(DrillReport.TIME_TO_DETECT).isPresent()
                && (kind != DrillKind.HANG_THEN_KILL || report.phase(SECOND + DrillReport.TIME_TO_REDUNDANT).isPresent()));
        boolean intact = r.acknowledgedWritesLost() == atFault && r.sessionsReset() == 0 && r.phantomWrites() == 0
                && r.answersMisdelivered() == 0 && r.unverifiedSessions() == 0;
        out.print(DrillReport.summaryTable(List.of(report)));
        out.println("Report: " + files.get(1) + " (and .json, .svg)");
        out.println(intact && recovered ? "Drill " + kind.word() + " passed: every acknowledged write survived"
                + (atFault == 0 ? "" : " but " + atFault + " the faulted server had answered and not yet committed")
                + ", and the group is redundant again."
                : "Drill " + kind.word() + " FAILED: " + (intact ? "" : r.acknowledgedWritesLost() + " acknowledged writes lost, "
                + r.sessionsReset() + " sessions reset, " + r.phantomWrites() + " phantom writes, "
                + r.answersMisdelivered() + " answers misdelivered, " + r.unverifiedSessions() + " sessions unread; ")
                + (recovered ? "" : !findings.isEmpty() ? String.join("; ", findings) + "."
                        : "the cluster did not detect the fault and come back redundant in time."));
        return intact && recovered;
    }
}
