package dev.steadfast.erp.planning;

import java.time.LocalDate;
import java.util.Properties;

import jakarta.batch.runtime.context.JobContext;

/**
 * Which company and date an execution of the {@code mrp} job plans, from its parameters (META-INF/batch-jobs/mrp.xml
 * passes them on as the job's properties).
 */
record MrpRun(String company, LocalDate planDate, long execution, Long restartOf) {

    static final String JOB = "mrp";
    static final String COMPANY = "company";
    static final String PLAN_DATE = "planDate";
    /**
     * Set on the parameters of a restart ({@link MrpRuns#restartOrphans}): the execution whose lease the scheduler
     * claimed for it. 0 (absent) on a run's first execution.
     */
    static final String RESTART_OF = "restartOf";

    static MrpRun of(JobContext job) {
        Properties properties = job.getProperties();
        long restartOf = Long.parseLong(properties.getProperty(RESTART_OF));
        return new MrpRun(properties.getProperty(COMPANY), LocalDate.parse(properties.getProperty(PLAN_DATE)), job.getExecutionId(),
                restartOf == 0 ? null : restartOf);
    }

    /** Whether this execution restarts an earlier one, from its checkpoint. */
    boolean restarted() {
        return restartOf != null;
    }

    /** The parameters that start a run of the company for the date. */
    static Properties parameters(String company, LocalDate planDate) {
        Properties parameters = new Properties();
        parameters.setProperty(COMPANY, company);
        parameters.setProperty(PLAN_DATE, planDate.toString());
        return parameters;
    }
}
