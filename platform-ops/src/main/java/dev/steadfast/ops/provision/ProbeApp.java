package dev.steadfast.ops.provision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Packages {@link dev.steadfast.ops.probe.ReadinessProbe} and {@link dev.steadfast.ops.probe.ClusterHealth} as
 * steadfast-probe.war, byte for byte the same each time (fixed entry times), so that provisioning again finds the same
 * content hash and changes nothing; ShrinkWrap, which makes the tests' archives, stamps each entry with the time of export.
 */
final class ProbeApp {

    static final String NAME = "steadfast-probe.war";
    private static final FileTime EPOCH = FileTime.fromMillis(0);
    /** Read as resources, never loaded here: the Servlet API they extend is the server's, not on this class path. */
    private static final List<String> PROBE_CLASSES = List.of("dev/steadfast/ops/probe/ReadinessProbe.class",
            "dev/steadfast/ops/probe/ClusterHealth.class");

    private ProbeApp() {}

    static Path write(Path dir) {
        Path war = dir.resolve(NAME);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(war))) {
            entry(zip, "WEB-INF/web.xml");
            zip.write("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                        <distributable/>
                    </web-app>
                    """.getBytes(StandardCharsets.UTF_8));
            for (String probeClass : PROBE_CLASSES) {
                entry(zip, "WEB-INF/classes/" + probeClass);
                try (InputStream bytes = ProbeApp.class.getClassLoader().getResourceAsStream(probeClass)) {
                    bytes.transferTo(zip);
                }
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
