package dev.steadfast.erp.planning;

import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Takes the company's lease before a run plans anything, and returns it when the run ends however it ends. */
@Named("mrpLeaseTaker")
@Dependent
public class LeaseTaker implements JobListener {

    @Inject
    JobContext job;

    @Inject
    RunLease lease;

    @Override
    public void beforeJob() {
        MrpRun run = MrpRun.of(job);
        if (!lease.take(run)) {
            throw new IllegalStateException("Another MRP run of " + run.company() + " holds the lease: run " + run.execution() + " does not start.");
        }
    }

    @Override
    public void afterJob() {
        lease.giveBack(MrpRun.of(job));
    }
}
