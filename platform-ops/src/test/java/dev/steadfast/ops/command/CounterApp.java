package dev.steadfast.ops.command;

import java.nio.file.Path;
import java.util.UUID;

import dev.steadfast.ops.command.counter.CounterServlet;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The test-only counter app as counter.war (ShrinkWrap), marked distributable so that its sessions replicate. Each
 * build is other content (a build id of its own), as a new release would be.
 */
final class CounterApp {

    private CounterApp() {}

    static Path war(Path dir) {
        Path war = dir.resolve("counter.war");
        ShrinkWrap.create(WebArchive.class, "counter.war")
                .addClass(CounterServlet.class)
                .add(new StringAsset(UUID.randomUUID().toString()), "WEB-INF/build-id")
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
