package dev.steadfast.erp.planning;

import java.util.List;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dev.steadfast.erp.tenancy.TenantContext;

/** Writes a chunk's needs as the company's planned orders of the run's date, idempotently ({@link Plans#write}). */
@Named("mrpPlannedOrders")
@Dependent
public class PlannedOrderWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    Plans plans;

    @Override
    public void writeItems(List<Object> items) throws Exception {
        MrpRun run = MrpRun.of(job);
        List<Need> needs = items.stream().map(Need.class::cast).toList();
        TenantContext.runAs(run.company(), () -> {
            plans.write(run.planDate(), needs);
            return null;
        });
    }
}
