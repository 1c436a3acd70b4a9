package dev.steadfast.erp.planning;

import jakarta.batch.api.chunk.listener.AbstractChunkListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Renews the lease at the start of each chunk, in the chunk's transaction: the chunk commits its planned orders, its
 * checkpoint and the renewal together, or none of them when the run lost its lease. Before that, the run waits where
 * a test asked it to ({@link HoldPoint}).
 */
@Named("mrpLeaseRenewer")
@Dependent
public class LeaseRenewer extends AbstractChunkListener {

    @Inject
    JobContext job;

    @Inject
    RunLease lease;

    @Inject
    HoldPoint hold;

    private int chunks;

    @Override
    public void beforeChunk() {
        MrpRun run = MrpRun.of(job);
        hold.reached(run, chunks++);
        lease.renew(run);
    }
}
