package dev.steadfast.ops.drill;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Packages the session counter ({@code dev.steadfast.ops.probe.SessionCounter}) as steadfast-drill.war, marked
 * distributable so that its sessions replicate, byte for byte the same each time (fixed entry times): deploying it
 * again finds the same content hash and changes nothing. Its context root is /steadfast-drill.
 */
public final class DrillApp {

    public static final String NAME = "steadfast-drill.war";
    /** The counter's path through the balancer. */
    public static final String COUNTER_PATH = "/steadfast-drill/counter";
    private static final FileTime EPOCH = FileTime.fromMillis(0);
    /** Read as a resource, never loaded here: the Servlet API it extends is the server's, not on this class path. */
    private static final String COUNTER_CLASS = "dev/steadfast/ops/probe/SessionCounter.class";

    private DrillApp() {}

    /** Writes steadfast-drill.war into dir, replacing one already there; returns its path. */
    public static Path write(Path dir) {
        Path war = dir.resolve(NAME);
        try (InputStream bytes = DrillApp.class.getClassLoader().getResourceAsStream(COUNTER_CLASS)) {
            if (bytes == null) {
                throw new IllegalStateException(COUNTER_CLASS + " is not on the class path");
            }
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(war))) {
                entry(zip, "WEB-INF/web.xml");
                zip.write("""
                        <?xml version="1.0" encoding="UTF-8"?>
                        <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                            <distributable/>
                        </web-app>
                        """.getBytes(StandardCharsets.UTF_8));
                entry(zip, "WEB-INF/classes/" + COUNTER_CLASS);
                bytes.transferTo(zip);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return war;
    }

    private static void entry(ZipOutputStream zip, String name) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setLastModifiedTime(EPOCH);
        zip.putNextEntry(e);
    }
}
