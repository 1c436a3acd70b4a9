package dev.steadfast.ops.command.counter;

import dev.steadfast.runtime.metrics.ApplicationMetrics;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Test-only: the counter app stands for an application with an audit trail, whose figures the probe publishes; an
 * application with steadfast-runtime's audit trail says so the same way when its trail starts.
 */
@WebListener
public class AuditedApplication implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ApplicationMetrics.auditInUse();
    }
}
