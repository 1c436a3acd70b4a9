/**
 * The company's audit review: its auditors read the records of its own users (every stock movement, order step,
 * bill change, refusal...) from the platform's keyed audit chain, with the chain's verification.
 */
package dev.steadfast.erp.auditreview;
