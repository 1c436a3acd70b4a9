package dev.steadfast.erp.planning;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dev.steadfast.erp.items.ItemCatalog;
import dev.steadfast.erp.tenancy.TenantContext;

/**
 * Reads the company's item ids in order, a page at a time; its checkpoint is the last id read, so a restarted run
 * goes on after the last chunk that committed. The batch thread has no signed-in user: each read names the run's
 * company ({@link TenantContext#runAs}).
 */
@Named("mrpItems")
@Dependent
public class ItemsToPlan extends AbstractItemReader {

    private static final int PAGE = 100;

    @Inject
    JobContext job;

    @Inject
    ItemCatalog items;

    private final Deque<Long> page = new ArrayDeque<>();
    private long last;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        last = checkpoint == null ? 0 : (Long) checkpoint;
    }

    @Override
    public Object readItem() throws Exception {
        if (page.isEmpty() && !exhausted) {
            String company = MrpRun.of(job).company();
            long after = last;
            page.addAll(TenantContext.runAs(company, () -> items.idsAfter(after, PAGE)));
            exhausted = page.size() < PAGE;
        }
        Long next = page.poll();
        if (next != null) {
            last = next;
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }
}
