package dev.steadfast.runtime.audit;

/**
 * An audit entry as stored: its place in the chain, the hash of the record before it and its own hash.
 *
 * @param seq      position in the chain, from 1, without gaps
 * @param entry    what the record says
 * @param prevHash hash of record {@code seq - 1}, or {@link AuditHash#GENESIS} for the first
 * @param hash     {@link AuditHash#hash(long, AuditEntry, String)} of this record
 */
public record AuditRecord(long seq, AuditEntry entry, String prevHash, String hash) {
}
