package dev.steadfast.ehr.auditreview;

import java.util.List;

import dev.steadfast.runtime.audit.AuditRecord;
import dev.steadfast.runtime.audit.AuditVerification;

/** An auditor's answer: the records asked for, newest first, and whether the whole chain verifies. */
public record AuditReview(List<AuditRecord> records, AuditVerification verification) {
}
