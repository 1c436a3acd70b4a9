package dev.steadfast.ops.command;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dev.steadfast.ops.command.counter.CounterServlet;

/** Packages the test-only counter app as counter.war, marked distributable so that its sessions replicate. */
final class CounterApp {

    private CounterApp() {}

    static Path war(Path dir) {
        Path war = dir.resolve("counter.war");
        String clazz = CounterServlet.class.getName().replace('.', '/') + ".class";
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(war));
             InputStream bytes = CounterServlet.class.getClassLoader().getResourceAsStream(clazz)) {
            zip.putNextEntry(new ZipEntry("WEB-INF/web.xml"));
            zip.write("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                        <distributable/>
                    </web-app>
                    """.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("WEB-INF/classes/" + clazz));
            bytes.transferTo(zip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return war;
    }
}
