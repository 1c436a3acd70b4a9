/**
 * A tamper-evident audit trail: who did what to which entity, when, where, and with what outcome.
 * <p>
 * Each entry is written in the business change's own JTA transaction (same datasource) to
 * {@code steadfast_audit_pending}, which takes no lock others wait for; moments after it commits, a chainer on
 * some node seals it into {@code steadfast_audit}, chained to its predecessor by an HMAC-SHA256 under a
 * versioned key the server holds encrypted ({@link dev.steadfast.runtime.audit.AuditKeys}). Only the chainers
 * take the head row's lock, a few milliseconds a batch. {@link dev.steadfast.runtime.audit.AuditTrail} is the
 * API, {@link dev.steadfast.runtime.audit.Audited} the declarative form; {@link dev.steadfast.runtime.audit.AuditChain}
 * is the plain JDBC core and {@link dev.steadfast.runtime.audit.AuditHash} its canonical form.
 */
package dev.steadfast.runtime.audit;
