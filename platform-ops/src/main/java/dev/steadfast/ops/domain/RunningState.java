package dev.steadfast.ops.domain;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.steadfast.ops.UserError;
import dev.steadfast.ops.provision.Database;
import dev.steadfast.ops.provision.StateDir;
import dev.steadfast.ops.system.PrivateFiles;
import dev.steadfast.ops.system.StartedProcess;
import dev.steadfast.ops.topology.DatabaseKind;

/**
 * What {@code up} started, in {@code run/steadfast.properties} (0600): the topology (a name or a file), the database settings and
 * the processes it launched, each with its role, process id and start time (a host's is its container's first process
 * when the hosts run in containers); {@code down} stops exactly these. A file
 * none of whose processes still runs (a crash, a reboot) counts as nothing running and is removed.
 */
record RunningState(String topology, String topologySource, Database database, boolean containers, List<StartedProcess> processes) {

    private static final String FILE = "steadfast.properties";

    static Optional<RunningState> read(StateDir state) {
        Path file = state.run().resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String csv = p.getProperty("processes", "");
        List<StartedProcess> processes = csv.isBlank() ? List.of() : Arrays.stream(csv.split(",")).map(StartedProcess::parse).toList();
        if (processes.stream().noneMatch(StartedProcess::alive)) {
            clear(state);
            return Optional.empty();
        }
        Database db = new Database(DatabaseKind.fromOption(p.getProperty("db")), p.getProperty("db.url"), p.getProperty("db.user"));
        return Optional.of(new RunningState(p.getProperty("topology"), p.getProperty("topology.source", p.getProperty("topology.file")), db,
                Boolean.parseBoolean(p.getProperty("containers")), processes));
    }

    static RunningState require(StateDir state) {
        return read(state).orElseThrow(() -> new UserError("Steadfast is not up; start it with 'steadfast up'."));
    }

    void save(StateDir state) {
        String text = "# What steadfast up started; steadfast down stops exactly these processes.\n"
                + "db=" + database.kind().option() + "\n"
                + "db.url=" + database.url() + "\n"
                + "db.user=" + database.user() + "\n"
                + "# Whether the hosts run in containers (up --containers), which down then removes.\n"
                + "containers=" + containers + "\n"
                + "processes=" + processes.stream().map(StartedProcess::toString).collect(Collectors.joining(",")) + "\n"
                + "# The same process ids alone, for scripts (bin/benchmark-up).\n"
                + "pids=" + processes.stream().map(pr -> String.valueOf(pr.pid())).collect(Collectors.joining(",")) + "\n"
                + "topology=" + topology + "\n"
                + "topology.source=" + topologySource + "\n";
        PrivateFiles.write(PrivateFiles.directory(state.run()).resolve(FILE), text);
    }

    /** The processes of a role ("h2", a host's name, or "supervisor-" and a host's name). */
    List<StartedProcess> ofRole(String role) {
        return processes.stream().filter(pr -> pr.role().equals(role)).toList();
    }

    /** The same state with {@code process} in place of the processes of its role. */
    RunningState replacing(String role, StartedProcess process) {
        List<StartedProcess> others = processes.stream().filter(pr -> !pr.role().equals(role)).toList();
        return new RunningState(topology, topologySource, database, containers, Stream.concat(others.stream(), Stream.of(process)).toList());
    }

    /** The per-host supervisors. */
    List<StartedProcess> supervisors() {
        return processes.stream().filter(pr -> SupervisorLauncher.isSupervisor(pr.role())).toList();
    }

    /** The host controllers' launchers, with the process controllers, host controllers and servers under them. */
    List<StartedProcess> hostControllers() {
        return processes.stream().filter(pr -> !pr.role().equals(H2Server.ROLE) && !SupervisorLauncher.isSupervisor(pr.role())).toList();
    }

    static void clear(StateDir state) {
        try {
            Files.deleteIfExists(state.run().resolve(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
