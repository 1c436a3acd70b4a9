package dev.steadfast.erp.planning;

import java.util.List;

/**
 * An MRP run as the API shows it: the date it plans, its status (its latest execution's: STARTING, STARTED,
 * COMPLETED, FAILED, STOPPED...), how many items its executions planned in all (counted at their checkpoints: a run
 * restarted from its checkpoint plans each item once), and its executions, the first one's id naming the run.
 */
public record RunView(long runId, String planDate, String status, long itemsPlanned, List<Execution> executions) {

    /** One execution of the run: the first, then each restart. */
    public record Execution(long id, String status, long itemsPlanned, String startedAt, String endedAt) {
    }
}
