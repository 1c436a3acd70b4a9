package dev.steadfast.ops.command;

import java.nio.file.Path;
import java.util.UUID;

import dev.steadfast.ops.command.counter.AuditedApplication;
import dev.steadfast.ops.command.counter.CounterServlet;
import dev.steadfast.ops.command.counter.HoldServlet;
import dev.steadfast.runtime.metrics.ApplicationMetrics;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The test-only counter app as counter.war (ShrinkWrap), marked distributable so that its sessions replicate. Each
 * build is other content (a build id of its own), as a new release would be. It measures its requests with the
 * runtime library's metrics package, declared in its web.xml (the library's container initializer does the same for
 * an application that has the whole library), and can hold a connection of SteadfastDS ({@link HoldServlet}).
 */
final class CounterApp {

    private CounterApp() {}

    static Path war(Path dir) {
        Path war = dir.resolve("counter.war");
        ShrinkWrap.create(WebArchive.class, "counter.war")
                .addClasses(CounterServlet.class, HoldServlet.class, AuditedApplication.class)
                .addPackage(ApplicationMetrics.class.getPackage())
                .add(new StringAsset(UUID.randomUUID().toString()), "WEB-INF/build-id")
                .setWebXML(new StringAsset("""
                        <?xml version="1.0" encoding="UTF-8"?>
                        <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                            <distributable/>
                            <listener><listener-class>dev.steadfast.runtime.metrics.ApplicationMetrics</listener-class></listener>
                            <filter>
                                <filter-name>request-metrics</filter-name>
                                <filter-class>dev.steadfast.runtime.metrics.RequestMetricsFilter</filter-class>
                                <async-supported>true</async-supported>
                            </filter>
                            <filter-mapping><filter-name>request-metrics</filter-name><url-pattern>/*</url-pattern></filter-mapping>
                        </web-app>
                        """))
                .as(ZipExporter.class).exportTo(war.toFile(), true);
        return war;
    }
}
