package dev.steadfast.runtime.metrics;

import java.time.Instant;
import java.util.concurrent.atomic.LongAdder;

/** The counts behind {@link AuditStatisticsMXBean}, fed by the audit trail of this library. */
public final class AuditStatistics implements AuditStatisticsMXBean {

    private final LongAdder sealed = new LongAdder();
    private volatile int intact = -1;
    private volatile long verifiedAt;

    public void sealed(int records) {
        sealed.add(records);
    }

    public void verified(boolean chainIntact, Instant at) {
        intact = chainIntact ? 1 : 0;
        verifiedAt = at.getEpochSecond();
    }

    @Override
    public long getRecordsSealed() {
        return sealed.sum();
    }

    @Override
    public int getChainIntact() {
        return intact;
    }

    @Override
    public long getLastVerifiedEpochSeconds() {
        return verifiedAt;
    }
}
