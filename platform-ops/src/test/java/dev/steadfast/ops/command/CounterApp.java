package dev.steadfast.ops.command;

import java.nio.file.Path;

import dev.steadfast.ops.command.counter.CounterServlet;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The test-only counter app as counter.war (ShrinkWrap), marked distributable so that its sessions replicate. */
final class CounterApp {

    private CounterApp() {}

    static Path war(Path dir) {
        Path war = dir.resolve("counter.war");
        ShrinkWrap.create(WebArchive.class, "counter.war")
                .addClass(CounterServlet.class)
                .setWebXML(new StringAsset("""
                        <?xml version="1.0" encoding="UTF-8"?>
                        <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                            <distributable/>
                        </web-app>
                        """))
                .as(ZipExporter.class).exportTo(war.toFile(), true);
        return war;
    }
}
