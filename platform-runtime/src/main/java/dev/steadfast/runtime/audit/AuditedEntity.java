package dev.steadfast.runtime.audit;

/** An entity that can name itself in the audit trail when an {@link Audited} method returns it. */
public interface AuditedEntity {

    /** @return the id to record, e.g. the primary key as text */
    String auditId();
}
