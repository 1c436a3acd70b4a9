package dev.steadfast.erp.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.steadfast.erp.tenancy.ReviewedSql;
import dev.steadfast.erp.tenancy.ReviewedSql.Lease;
import dev.steadfast.runtime.problem.ConflictProblem;
import dev.steadfast.runtime.problem.NotFoundProblem;

/**
 * Starts, shows and restarts MRP runs (the {@code mrp} job, META-INF/batch-jobs/mrp.xml). A planner starts one for
 * their company; the scheduler starts each company's nightly run and restarts the runs a dead node left behind
 * ({@link #restartOrphans}), from one node only. A run's company is its parameter: a run of another company is
 * not found, like any other id.
 */
@ApplicationScoped
public class MrpRuns {

    private static final Logger LOG = Logger.getLogger(MrpRuns.class.getName());
    /** JBeret's restart property: restart a STARTED execution (marking it FAILED first) instead of refusing it. */
    private static final String RESTART_MODE = "jberet.restart.mode";
    private static final Set<BatchStatus> LEFT_RUNNING = Set.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

    @Inject
    ReviewedSql sql;

    @Inject
    RunLease lease;

    private final Clock clock = Clock.systemUTC();

    /** Today's run of the company, unless one of its runs holds the lease (409). */
    public RunView start(String company) {
        sql.leases().stream().filter(held -> held.company().equals(company) && !lease.expired(held)).findFirst().ifPresent(held -> {
            throw new ConflictProblem("A run of your company is planning now: wait for it to end.");
        });
        return view(operator().start(MrpRun.JOB, MrpRun.parameters(company, today())));
    }

    /** A run of the company; 404 for any other execution. */
    public RunView of(String company, long execution) {
        JobOperator operator = operator();
        try {
            Properties parameters = operator.getParameters(execution);
            if (!MrpRun.JOB.equals(operator.getJobExecution(execution).getJobName())
                    || !Objects.equals(company, parameters.getProperty(MrpRun.COMPANY))) {
                throw new NoSuchJobExecutionException();
            }
            return view(execution);
        } catch (NoSuchJobExecutionException e) {
            throw new NotFoundProblem("There is no MRP run " + execution + ".");
        }
    }

    /**
     * Starts today's run of every company that has had none today (the nightly schedule): each after claiming the
     * date in the company's lease, so that a sweep never starts a second one while the first waits for a batch thread,
     * and never while a run of the company holds the lease (a later sweep starts it). One company's failure does not
     * keep the others from their runs.
     */
    void startDueRuns() {
        LocalDate today = today();
        JobOperator operator = operator();
        Map<String, Lease> leases = sql.leases().stream().collect(Collectors.toMap(Lease::company, held -> held));
        for (String company : sql.companies()) {
            Lease last = leases.get(company);
            boolean due = last == null || last.planDate().isBefore(today) || last.execution() == 0 && lease.expired(last);
            try {
                if (due && !leftBehind(operator, last) && lease.claimDate(company, today)) {
                    long execution = operator.start(MrpRun.JOB, MrpRun.parameters(company, today));
                    lease.recordStart(company, today, execution);
                    LOG.info("Nightly MRP run " + execution + " of " + company + " for " + today + " started");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The nightly MRP run of " + company + " did not start; the next sweep tries again", e);
            }
        }
    }

    /** Whether the lease names a run left running or stopped: {@link #restartOrphans} finishes it before a new one starts. */
    private static boolean leftBehind(JobOperator operator, Lease last) {
        if (last == null || last.execution() == 0) {
            return false;
        }
        BatchStatus status = latest(operator, last.execution()).getBatchStatus();
        return LEFT_RUNNING.contains(status) || status == BatchStatus.STOPPED;
    }

    /**
     * Restarts, from its last checkpoint, every run whose lease ran out while its latest execution was left running
     * (its node died or froze), stopped (its node shut down gracefully), or failed to take up an earlier claim. The
     * lease is claimed for the restart first ({@link ReviewedSql#claimForRestart}): the old execution, should it wake,
     * can no longer renew it, and only the restart can take it. A STARTING or STARTED execution is restarted with
     * {@code jberet.restart.mode=force}, which marks it FAILED first (as it stands, JBeret would refuse it, or, left
     * to detect, restart it even while it runs on another node). One company's failure does not stop the others'.
     */
    void restartOrphans() {
        JobOperator operator = operator();
        for (Lease held : sql.leases()) {
            if (!lease.expired(held) || held.execution() == 0) {
                continue;
            }
            try {
                JobExecution latest = latest(operator, held.execution());
                BatchStatus status = latest.getBatchStatus();
                boolean claimNotTakenUp = held.restartOf() != null && status == BatchStatus.FAILED;
                if ((LEFT_RUNNING.contains(status) || status == BatchStatus.STOPPED || claimNotTakenUp) && lease.claimForRestart(held)) {
                    Properties parameters = new Properties();
                    parameters.putAll(operator.getParameters(latest.getExecutionId()));
                    parameters.setProperty(MrpRun.RESTART_OF, String.valueOf(held.execution()));
                    if (LEFT_RUNNING.contains(status)) {
                        parameters.setProperty(RESTART_MODE, "force");
                    }
                    long restarted = operator.restart(latest.getExecutionId(), parameters);
                    LOG.warning("MRP run " + latest.getExecutionId() + " of " + held.company() + " was left " + status + " (lease of node "
                            + held.node() + " ran out): restarted from its last checkpoint as run " + restarted);
                }
            } catch (NoSuchJobExecutionException e) {
                LOG.warning("The MRP lease of " + held.company() + " names execution " + held.execution() + ", which the job repository does not have");
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The MRP run of " + held.company() + " was not restarted; the next sweep tries again", e);
            }
        }
    }

    /** The newest execution of the job instance the execution belongs to: the one a restart must name. */
    private static JobExecution latest(JobOperator operator, long execution) {
        return operator.getJobExecutions(operator.getJobInstance(execution)).stream().max(Comparator.comparingLong(JobExecution::getExecutionId))
                .orElseThrow();
    }

    /** The run an execution belongs to: every execution of its job instance, oldest first. */
    private RunView view(long execution) {
        JobOperator operator = operator();
        List<RunView.Execution> executions = operator.getJobExecutions(operator.getJobInstance(execution)).stream()
                .sorted(Comparator.comparingLong(JobExecution::getExecutionId)).map(run -> execution(operator, run)).toList();
        RunView.Execution latest = executions.get(executions.size() - 1);
        return new RunView(executions.get(0).id(), operator.getParameters(execution).getProperty(MrpRun.PLAN_DATE), latest.status(),
                executions.stream().mapToLong(RunView.Execution::itemsPlanned).sum(), executions);
    }

    private static RunView.Execution execution(JobOperator operator, JobExecution run) {
        long planned = operator.getStepExecutions(run.getExecutionId()).stream().flatMap(step -> Arrays.stream(step.getMetrics()))
                .filter(metric -> metric.getType() == Metric.MetricType.WRITE_COUNT).mapToLong(Metric::getValue).sum();
        return new RunView.Execution(run.getExecutionId(), run.getBatchStatus().name(), planned,
                run.getStartTime() == null ? null : run.getStartTime().toInstant().toString(),
                run.getEndTime() == null ? null : run.getEndTime().toInstant().toString());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
