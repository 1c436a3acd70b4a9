package dev.steadfast.erp.planning;

/**
 * An MRP run as the API shows it: its execution, the date it plans, its batch status (STARTING, STARTED, COMPLETED,
 * FAILED, STOPPED...), and how many items it has planned so far (counted at its checkpoints).
 */
public record RunView(long executionId, String planDate, String status, long itemsPlanned, String startedAt, String endedAt) {
}
