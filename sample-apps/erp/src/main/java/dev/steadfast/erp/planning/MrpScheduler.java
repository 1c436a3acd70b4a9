package dev.steadfast.erp.planning;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The MRP's schedule, swept every 15 seconds on every node and acted on by the one that {@link MrpPrimary} elects:
 * first it restarts the runs a dead, frozen or stopped node left behind, then, from {@code erp.mrp.nightly-at} (UTC)
 * on, it starts today's run of every company that has had none today (unless {@code erp.mrp.nightly-runs} is false,
 * as on the test server, whose tests start their runs themselves). A sweep reconciles rather than fires once, so
 * a node that takes the schedule over at 02:00 misses nothing; what it starts or restarts it claims in the company's
 * lease first, so two sweeps (or two nodes that both believe they are the one, during a freeze) never start the same
 * thing twice. The timer is not persistent: a persistent one is a cluster-wide timer of its own, and the singleton,
 * not the timer service, decides where the schedule runs. A sweep runs outside any transaction: each claim commits
 * before the run it claims for starts.
 */
@Singleton
@Startup
public class MrpScheduler {

    private static final Logger LOG = Logger.getLogger(MrpScheduler.class.getName());

    @Inject
    MrpRuns runs;

    @Inject
    @ConfigProperty(name = "erp.mrp.nightly-runs")
    boolean nightlyRuns;

    @Inject
    @ConfigProperty(name = "erp.mrp.nightly-at")
    String nightlyAt;

    private final Clock clock = Clock.systemUTC();

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false, info = "MRP schedule")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        if (!MrpPrimary.isPrimary()) {
            return;
        }
        try {
            runs.restartOrphans();
            if (nightlyRuns && !LocalTime.now(clock.withZone(ZoneOffset.UTC)).isBefore(LocalTime.parse(nightlyAt))) {
                runs.startDueRuns();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The MRP schedule's sweep failed; the next one tries again", e);
        }
    }
}
