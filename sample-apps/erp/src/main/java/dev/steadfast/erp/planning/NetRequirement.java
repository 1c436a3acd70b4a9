package dev.steadfast.erp.planning;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dev.steadfast.erp.tenancy.TenantContext;

/**
 * Plans one item: the company's snapshot is read once per step execution (again after a restart, which plans the
 * rest as the first would have on the same data: {@link Requirements}), then each item's need comes from it.
 */
@Named("mrpNetRequirement")
@Dependent
public class NetRequirement implements ItemProcessor {

    @Inject
    JobContext job;

    @Inject
    Plans plans;

    private Requirements requirements;

    @Override
    public Object processItem(Object item) throws Exception {
        if (requirements == null) {
            requirements = TenantContext.runAs(MrpRun.of(job).company(), plans::requirements);
        }
        return requirements.of((Long) item);
    }
}
