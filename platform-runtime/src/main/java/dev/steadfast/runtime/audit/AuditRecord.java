package dev.steadfast.runtime.audit;

/**
 * An audit entry as stored in the chain: its place, the key version that sealed it, the seal of the record
 * before it and its own seal.
 *
 * @param seq        position in the chain, from 1, without gaps
 * @param keyVersion the {@link AuditKeys} version that sealed it
 * @param entry      what the record says
 * @param prevHash   seal of record {@code seq - 1}, or {@link AuditHash#GENESIS} for the first
 * @param hash       {@link AuditHash#hash(AuditKeys, long, int, AuditEntry, String)} of this record
 */
public record AuditRecord(long seq, int keyVersion, AuditEntry entry, String prevHash, String hash) {
}
