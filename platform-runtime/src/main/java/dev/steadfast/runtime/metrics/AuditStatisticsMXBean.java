package dev.steadfast.runtime.metrics;

/**
 * An application's audit trail as this node sees it: {@code steadfast_audit_records_sealed_total} and the outcome of
 * the last verification of the whole chain ({@code steadfast_audit_chain_intact}, with its time).
 */
public interface AuditStatisticsMXBean {

    /** Records this node sealed into the chain since the application was deployed. */
    long getRecordsSealed();

    /** 1 when the last verification found the chain intact, 0 when it found it broken, -1 before the first one. */
    int getChainIntact();

    /** When the last verification ended, in seconds since the epoch; 0 before the first one. */
    long getLastVerifiedEpochSeconds();
}
