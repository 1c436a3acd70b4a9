/**
 * The auditors' review of the trail ({@link dev.steadfast.ehr.auditreview.AuditReviewResource}): by patient, user,
 * time range and flagged events, with the chain's verification; auditors see the trail and no clinical data.
 */
package dev.steadfast.ehr.auditreview;
