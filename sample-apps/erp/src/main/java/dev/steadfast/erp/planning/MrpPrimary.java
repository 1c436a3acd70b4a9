package dev.steadfast.erp.planning;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

import org.jboss.msc.Service;
import org.jboss.msc.service.ServiceName;
import org.jboss.msc.service.StartContext;
import org.jboss.msc.service.StopContext;
import org.wildfly.clustering.singleton.service.SingletonServiceActivator;
import org.wildfly.clustering.singleton.service.SingletonServiceActivatorContext;
import org.wildfly.clustering.singleton.service.SingletonServiceBuilder;

/**
 * Whether this node is the MRP scheduler's one node in the cluster: a singleton service of the ERP's own deployment
 * (WildFly's singleton subsystem, policy {@code default}: the oldest member that has the ERP deployed), started on
 * the elected node only, and there it does one thing, raise a flag that {@link MrpScheduler} reads; the election
 * stops it on the old node before starting it on the new one. Nothing here blocks or touches the batch runtime: a
 * service's start runs on the server's service threads, before the deployment's job operator may be up.
 * Installed from META-INF/services/org.jboss.msc.service.ServiceActivator; reported by the management model at
 * {@code subsystem=singleton/singleton-policy=default/service=dev.steadfast.erp.mrp-scheduler}. Why a flag and not
 * the work itself, and why not a separate singleton deployment: docs/research/ehr-erp.md, section 8.
 */
public final class MrpPrimary implements SingletonServiceActivator {

    static final ServiceName NAME = ServiceName.parse("dev.steadfast.erp.mrp-scheduler");

    private static final Logger LOG = Logger.getLogger(MrpPrimary.class.getName());
    private static final AtomicBoolean PRIMARY = new AtomicBoolean();

    /** Whether this node runs the schedule now. */
    static boolean isPrimary() {
        return PRIMARY.get();
    }

    @Override
    public void activate(SingletonServiceActivatorContext context) {
        SingletonServiceBuilder<?> builder = context.getServiceTarget().addService();
        builder.provides(NAME);
        builder.setInstance(new Service() {
            @Override
            public void start(StartContext start) {
                PRIMARY.set(true);
                LOG.info("This node runs the MRP schedule now");
            }

            @Override
            public void stop(StopContext stop) {
                PRIMARY.set(false);
                LOG.info("This node no longer runs the MRP schedule");
            }
        }).install();
    }
}
