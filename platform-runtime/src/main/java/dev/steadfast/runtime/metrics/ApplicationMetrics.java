package dev.steadfast.runtime.metrics;

import java.lang.management.ManagementFactory;
import java.util.EnumSet;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;

/**
 * The figures of the one application this copy of the library serves (each deployment has its own copy in
 * {@code WEB-INF/lib}, so these are per application), published as MBeans while it is deployed. A copy shared by
 * several web applications (an EAR's {@code lib/}) would count them together under the last one's name: the library
 * goes into each WAR, as steadfast-app-parent packages it.
 */
public final class ApplicationMetrics implements ServletContextListener {

    private static final String DOMAIN = "dev.steadfast";
    public static final HttpRequests REQUESTS = new HttpRequests();
    public static final AuditStatistics AUDIT = new AuditStatistics();

    private static final Logger LOG = Logger.getLogger(ApplicationMetrics.class.getName());

    /**
     * Adds the request filter ahead of every other (so that it also counts and times what the request guards refuse)
     * and the listener that publishes the MBeans.
     */
    public static void install(ServletContext context) {
        FilterRegistration.Dynamic registration = context.addFilter("steadfast-request-metrics", RequestMetricsFilter.class);
        if (registration != null) {
            registration.setAsyncSupported(true);
            registration.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
        }
        context.addListener(ApplicationMetrics.class);
    }

    private static String application;
    private static boolean auditInUse;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        synchronized (ApplicationMetrics.class) {
            application = application(event.getServletContext());
            register(name("HttpRequests", application), REQUESTS);
            if (auditInUse) {
                register(name("Audit", application), AUDIT);
            }
        }
    }

    /**
     * Publishes the audit figures too: called by the audit trail when it starts, so that an application without one
     * shows none (and no alert waits for a verification that never comes). Whichever of this and the context's start
     * comes second publishes them.
     */
    public static void auditInUse() {
        synchronized (ApplicationMetrics.class) {
            auditInUse = true;
            if (application != null) {
                register(name("Audit", application), AUDIT);
            }
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        synchronized (ApplicationMetrics.class) {
            if (application == null) {
                return;
            }
            unregister(name("HttpRequests", application));
            unregister(name("Audit", application));
            application = null;
        }
    }

    /** The context path without its slash: {@code shop} for {@code /shop}, {@code ROOT} for the root context. */
    static String application(ServletContext context) {
        String path = context.getContextPath();
        return path == null || path.isEmpty() || "/".equals(path) ? "ROOT" : path.substring(1);
    }

    static ObjectName name(String type, String application) {
        try {
            return new ObjectName(DOMAIN + ":type=" + type + ",application=" + ObjectName.quote(application));
        } catch (JMException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A metric that cannot be published is logged; it never fails the deployment. */
    private static void register(ObjectName name, Object mbean) {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            if (server.isRegistered(name)) {
                server.unregisterMBean(name); // left behind by an earlier deployment of the same name
            }
            server.registerMBean(mbean, name);
        } catch (JMException | RuntimeException e) {
            LOG.log(Level.WARNING, "Metrics not published as " + name + ": " + e.getMessage());
        }
    }

    private static void unregister(ObjectName name) {
        try {
            if (ManagementFactory.getPlatformMBeanServer().isRegistered(name)) {
                ManagementFactory.getPlatformMBeanServer().unregisterMBean(name);
            }
        } catch (JMException | RuntimeException e) {
            LOG.log(Level.FINE, "Metrics " + name + " were not published", e);
        }
    }
}
