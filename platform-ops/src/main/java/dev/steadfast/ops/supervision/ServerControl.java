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

    /**
     * Status (STARTED, STOPPED, STARTING, ... or UNKNOWN when the domain controller did not answer in time) and
     * auto-start; the probe's reply is the caller's to add.
     */
    ServerWatch.Sight sight() {
        ModelNode op = Management.op("read-resource", address());
        op.get("include-runtime").set(true);
        ModelNode answer = answer(op, readTimeout, true);
        if (!"success".equals(answer.get("outcome").asString())) {
            return new ServerWatch.Sight("UNKNOWN", false, null);
        }
        ModelNode r = answer.get("result");
        return new ServerWatch.Sight(r.get("status").asString("UNKNOWN"), r.get("auto-start").asBoolean(true), null);
    }

    String status() {
        return sight().status();
    }

    /** Kills the server's process through the process controller (SIGKILL; a stopped JVM dies too). */
    boolean kill() {
        return succeeded(answer(Management.op("kill", address()), ACT_TIMEOUT, false));
    }

    /** Starts the server, without waiting for its boot. */
    boolean start() {
        ModelNode op = Management.op("start", address());
        op.get("blocking").set(false);
        return succeeded(answer(op, ACT_TIMEOUT, false));
    }

    /** The answer, or a failed outcome when the connection to the domain controller broke: never an exception. */
    private ModelNode answer(ModelNode op, Duration timeout, boolean read) {
        try {
            return read ? management.executeRaw(op, timeout) : management.executeUncancelled(op, timeout);
        } catch (RuntimeException e) {
            ModelNode failed = new ModelNode();
            failed.get("outcome").set("failed");
            failed.get("failure-description").set(String.valueOf(e.getMessage()));
            return failed;
        }
    }

    private ModelNode address() {
        return Management.address("host", host, "server-config", server);
    }

    private static boolean succeeded(ModelNode answer) {
        return "success".equals(answer.get("outcome").asString());
    }
}
