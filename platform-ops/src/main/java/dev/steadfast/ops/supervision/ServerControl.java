package dev.steadfast.ops.supervision;

import java.time.Duration;

import org.jboss.dmr.ModelNode;

import dev.steadfast.ops.management.Management;

/**
 * The host controller's side of one server, through the domain controller: its status and auto-start (host
 * controller state, never proxied to the server, so a hung server cannot stall the read), and {@code :kill} and
 * {@code :start}, which go through the process controller and so work on a JVM that does not answer.
 */
record ServerControl(Management management, String host, String server, Duration readTimeout) {

    private static final Duration ACT_TIMEOUT = Duration.ofSeconds(10);

    /** Status (STARTED, STOPPED, STARTING, ... or UNKNOWN when the domain controller did not answer) and auto-start. */
    ServerWatch.Sight sight() {
        ModelNode op = Management.op("read-resource", address());
        op.get("include-runtime").set(true);
        ModelNode answer = management.executeRaw(op, readTimeout);
        if (!"success".equals(answer.get("outcome").asString())) {
            return new ServerWatch.Sight("UNKNOWN", false, false);
        }
        ModelNode r = answer.get("result");
        return new ServerWatch.Sight(r.get("status").asString("UNKNOWN"), r.get("auto-start").asBoolean(true), false);
    }

    String status() {
        return sight().status();
    }

    /** Kills the server's process through the process controller (SIGKILL; a stopped JVM dies too). */
    boolean kill() {
        return succeeded(management.executeUncancelled(Management.op("kill", address()), ACT_TIMEOUT));
    }

    /** Starts the server, without waiting for its boot. */
    boolean start() {
        ModelNode op = Management.op("start", address());
        op.get("blocking").set(false);
        return succeeded(management.executeUncancelled(op, ACT_TIMEOUT));
    }

    private ModelNode address() {
        return Management.address("host", host, "server-config", server);
    }

    private static boolean succeeded(ModelNode answer) {
        return "success".equals(answer.get("outcome").asString());
    }
}
