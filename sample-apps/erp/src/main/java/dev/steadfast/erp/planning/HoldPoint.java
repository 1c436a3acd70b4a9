package dev.steadfast.erp.planning;

import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A point where a run waits for ever, for the cluster test that kills (or freezes) its node there: at a point chosen
 * by the test, not by timing. Set {@code erp.mrp.hold-after-chunks} to N (a system property of the test's servers,
 * never set in production) and a run that is not a restart waits before its chunk N+1, having committed N chunks: in
 * that chunk's transaction, before any statement, so it holds no lock; the run's status shows it as STARTED with N
 * chunks written. A restart never holds, so that the run taken over finishes. Unset, it does nothing.
 */
@ApplicationScoped
class HoldPoint {

    private static final Logger LOG = Logger.getLogger(HoldPoint.class.getName());

    @Inject
    @ConfigProperty(name = "erp.mrp.hold-after-chunks")
    Optional<Integer> holdAfter;

    void reached(MrpRun run, int committedChunks) {
        if (run.restarted() || holdAfter.isEmpty() || holdAfter.get() != committedChunks) {
            return;
        }
        LOG.warning("MRP run " + run.execution() + " of " + run.company() + " holds after " + committedChunks
                + " chunks (erp.mrp.hold-after-chunks), until its node is killed");
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("MRP run " + run.execution() + " was interrupted at its hold point", e);
            }
        }
    }
}
