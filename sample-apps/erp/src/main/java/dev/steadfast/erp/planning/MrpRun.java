package dev.steadfast.erp.planning;

import java.time.LocalDate;
import java.util.Properties;

import jakarta.batch.runtime.context.JobContext;

/**
 * Which company and date an execution of the {@code mrp} job plans, from its parameters (META-INF/batch-jobs/mrp.xml
 * passes them on as the job's properties).
 */
record MrpRun(String company, LocalDate planDate, long execution, boolean restarted) {

    static final String JOB = "mrp";
    static final String COMPANY = "company";
    static final String PLAN_DATE = "planDate";
    /** Set on the parameters of a restart, which the planning takes up from the last checkpoint ({@link MrpRuns}). */
    static final String RESTARTED = "restarted";

    static MrpRun of(JobContext job) {
        Properties properties = job.getProperties();
        return new MrpRun(properties.getProperty(COMPANY), LocalDate.parse(properties.getProperty(PLAN_DATE)), job.getExecutionId(),
                Boolean.parseBoolean(properties.getProperty(RESTARTED)));
    }

    /** The parameters that start a run of the company for the date. */
    static Properties parameters(String company, LocalDate planDate) {
        Properties parameters = new Properties();
        parameters.setProperty(COMPANY, company);
        parameters.setProperty(PLAN_DATE, planDate.toString());
        return parameters;
    }
}
