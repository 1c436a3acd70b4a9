/**
 * A tamper-evident audit trail: who did what to which entity, when, where, and with what outcome.
 * <p>
 * Each record is a row of {@code steadfast_audit} written in the business change's own JTA transaction
 * (same datasource), chained to its predecessor by a SHA-256 hash, and serialised across the cluster by a
 * row lock on {@code steadfast_audit_head}. {@link dev.steadfast.runtime.audit.AuditTrail} is the API,
 * {@link dev.steadfast.runtime.audit.Audited} the declarative form; {@link dev.steadfast.runtime.audit.AuditChain}
 * is the plain JDBC core and {@link dev.steadfast.runtime.audit.AuditHash} its canonical form.
 */
package dev.steadfast.runtime.audit;
