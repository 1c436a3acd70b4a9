package dev.steadfast.ops.domain;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

import dev.steadfast.ops.health.HttpsProbe;
import dev.steadfast.ops.management.Management;
import dev.steadfast.ops.topology.Topology;

/** Polls the domain until it is ready and redundant, printing what it still waits for whenever that changes. */
record ReadinessWait(Management management, Topology topology, HttpsProbe probe, PrintStream out) {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);
    private static final long POLL_MILLIS = 250;

    void await(long startedNanos, String logs) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        String last = "";
        while (true) {
            List<String> missing = management.reachable() ? DomainView.read(management, topology, probe).notReady(topology)
                    : List.of("domain controller not answering yet");
            if (missing.isEmpty()) {
                return;
            }
            String now = String.join("; ", missing);
            if (!now.equals(last)) {
                out.printf("  %5.1f s  waiting: %s%n", (System.nanoTime() - startedNanos) / 1e9, now);
                last = now;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The domain was not ready after " + READY_TIMEOUT.toSeconds()
                        + " s: " + now + "; see the logs in " + logs);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
