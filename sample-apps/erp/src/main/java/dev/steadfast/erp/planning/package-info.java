/**
 * Material requirements planning: each company's MRP run, nightly or when a planner asks, as a Jakarta Batch job
 * ({@code META-INF/batch-jobs/mrp.xml}): one chunk step over the company's items that explodes every level of its
 * bills of material against its stock, purchase orders and work orders ({@link dev.steadfast.erp.planning.Requirements})
 * and writes planned orders idempotently ({@link dev.steadfast.erp.planning.Plans}).
 * <ul>
 * <li>The job repository is in the ERP's database, so checkpoints outlive the node that wrote them.</li>
 * <li>The batch thread has no signed-in user: every read and write names the run's company
 * ({@link dev.steadfast.erp.tenancy.TenantContext#runAs}).</li>
 * <li>The schedule runs on one node of the cluster ({@link dev.steadfast.erp.planning.MrpPrimary}, a singleton
 * service of this deployment, and {@link dev.steadfast.erp.planning.MrpScheduler}); that node restarts from its
 * last checkpoint a run a dead or frozen node left STARTED, once the run's lease ran out
 * ({@link dev.steadfast.erp.planning.MrpRuns#restartOrphans}).</li>
 * <li>The company's lease ({@link dev.steadfast.erp.planning.RunLease}), renewed in every chunk's transaction,
 * keeps two runs of one company from ever writing at once, even when the first's node only paused.</li>
 * </ul>
 */
package dev.steadfast.erp.planning;
