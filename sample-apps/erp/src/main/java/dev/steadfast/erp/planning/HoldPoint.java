package dev.steadfast.erp.planning;

import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A point where a run waits, for the cluster test that kills, freezes or pauses it there: at a point chosen by the
 * test, not by timing. Two settings, never set in production (ErpClusterIT sets them in the copy of the WAR it
 * deploys): {@code erp.mrp.hold-after-chunks} N, and {@code erp.mrp.holds}, entries {@code COMPANY=SECONDS}. A run
 * of such a company that is not a restart waits before its chunk N+1, having committed N chunks: in that chunk's
 * transaction, before any statement, so it holds no lock; the run's status shows it as STARTED with N chunks
 * written. It waits for ever (0 seconds: until its node is killed or frozen), or that many seconds, as a run whose
 * node paused past its lease, and then goes on (and finds its lease taken). A restart never waits. Unset, nothing.
 */
@ApplicationScoped
class HoldPoint {

    private static final Logger LOG = Logger.getLogger(HoldPoint.class.getName());

    @Inject
    @ConfigProperty(name = "erp.mrp.hold-after-chunks")
    Optional<Integer> holdAfter;

    @Inject
    @ConfigProperty(name = "erp.mrp.holds")
    Optional<List<String>> holds;

    void reached(MrpRun run, int committedChunks) {
        if (run.restarted() || holdAfter.isEmpty() || holdAfter.get() != committedChunks) {
            return;
        }
        Optional<Long> seconds = holds.orElse(List.of()).stream().filter(hold -> hold.startsWith(run.company() + "="))
                .map(hold -> Long.parseLong(hold.substring(run.company().length() + 1))).findFirst();
        if (seconds.isEmpty()) {
            return;
        }
        LOG.warning("MRP run " + run.execution() + " of " + run.company() + " holds after " + committedChunks + " chunks "
                + (seconds.get() == 0 ? "until its node is killed" : "for " + seconds.get() + " s") + " (erp.mrp.holds)");
        try {
            Thread.sleep(seconds.get() == 0 ? Long.MAX_VALUE : seconds.get() * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("MRP run " + run.execution() + " was interrupted at its hold point", e);
        }
    }
}
