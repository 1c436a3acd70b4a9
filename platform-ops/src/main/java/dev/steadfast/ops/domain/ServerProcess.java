package dev.steadfast.ops.domain;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.steadfast.ops.provision.StateDir;
import dev.steadfast.ops.supervision.ServerJvm;
import dev.steadfast.ops.system.Processes;
import dev.steadfast.ops.topology.Server;

/**
 * The JVM of one server of a domain {@code up} started (found as the supervisor finds it, {@link ServerJvm}), for
 * drills: kill -9, and SIGSTOP and SIGCONT, sent with the system's {@code kill} since the JDK sends neither.
 */
record ServerProcess(ServerJvm jvm) {

    static Optional<ServerProcess> find(StateDir state, Server server) {
        return ServerJvm.find(server.name(), state.host(server.host().name())).map(ServerProcess::new);
    }

    static ServerProcess require(StateDir state, Server server) {
        return find(state, server).orElseThrow(() -> new IllegalStateException("No running process of " + server.name() + " to drill"));
    }

    void kill() {
        jvm.kill();
    }

    void freeze() {
        signal("-STOP");
    }

    /** Resumes the process if it still runs: a fenced one is gone, and its number may belong to another process by now. */
    boolean resume() {
        if (!jvm.process().isAlive()) {
            return false;
        }
        signal("-CONT");
        return true;
    }

    private void signal(String signal) {
        Processes.runOrFail(List.of("kill", signal, String.valueOf(jvm.process().pid())), Map.of(), Duration.ofSeconds(10));
    }
}
