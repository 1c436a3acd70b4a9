package dev.steadfast.erp.planning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.steadfast.erp.tenancy.ReviewedSql;
import dev.steadfast.runtime.node.NodeIdentity;

/**
 * The company's MRP lease, which makes runs of one company take turns across the cluster: taken when a run starts,
 * renewed in the transaction of each chunk it commits, returned when it ends. A run that was paused past its lease
 * (a frozen node) finds it taken when it wakes: its next chunk rolls back and the run fails, so that what the run
 * that took over writes is never mixed with a stale one's. The lease outlasts any chunk many times over
 * ({@code erp.mrp.lease-seconds}); a run that died holding it is taken over when it runs out.
 */
@ApplicationScoped
class RunLease {

    @Inject
    ReviewedSql sql;

    @Inject
    NodeIdentity node;

    @Inject
    @ConfigProperty(name = "erp.mrp.lease-seconds")
    long leaseSeconds;

    private final Clock clock = Clock.systemUTC();

    boolean take(MrpRun run) {
        Instant now = clock.instant();
        return sql.takeLease(run.company(), run.planDate(), run.execution(), node.name(), now, now.plus(Duration.ofSeconds(leaseSeconds)),
                run.restartOf());
    }

    void renew(MrpRun run) {
        if (!sql.renewLease(run.company(), run.execution(), clock.instant().plus(Duration.ofSeconds(leaseSeconds)))) {
            throw new IllegalStateException("MRP run " + run.execution() + " of " + run.company()
                    + " lost its lease to another run: it stops without committing this chunk.");
        }
    }

    void giveBack(MrpRun run) {
        sql.returnLease(run.company(), run.execution(), clock.instant());
    }

    /** Claims the expired lease of an execution for its restart (see {@link ReviewedSql#claimForRestart}). */
    boolean claimForRestart(ReviewedSql.Lease held) {
        Instant now = clock.instant();
        return sql.claimForRestart(held.company(), held.execution(), now, now.plus(Duration.ofSeconds(leaseSeconds)));
    }

    /** Claims the date for the company's nightly run (see {@link ReviewedSql#claimDate}). */
    boolean claimDate(String company, LocalDate planDate) {
        Instant now = clock.instant();
        return sql.claimDate(company, planDate, node.name(), now, now.plus(Duration.ofSeconds(leaseSeconds)));
    }

    /** Names the run started for the claimed date (see {@link ReviewedSql#recordStart}). */
    void recordStart(String company, LocalDate planDate, long execution) {
        sql.recordStart(company, planDate, execution, clock.instant().plus(Duration.ofSeconds(leaseSeconds)));
    }

    /** Whether a lease's time is up: its run ended, or its node died or froze past it, or a claim was not taken up. */
    boolean expired(ReviewedSql.Lease lease) {
        return lease.expiresAt().isBefore(clock.instant());
    }
}
