package dev.steadfast.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A war the command deploys itself (steadfast-probe.war, steadfast-drill.war): servlets compiled in this module, a
 * web.xml that marks it distributable, a jboss-web.xml when it runs on an io worker of its own, and nothing else,
 * byte for byte the same each time (fixed entry times), so that deploying it again finds the same content hash and
 * changes nothing. The classes are read as resources, never
 * loaded here: the Servlet API they extend is the server's, not on this class path.
 */
public final class DistributableWar {

    private static final FileTime EPOCH = FileTime.fromMillis(0);

    private DistributableWar() {}

    /**
     * Writes the war to {@code war}, replacing one already there, with these classes (resource paths) and a display
     * name, which tells releases of the same classes apart.
     */
    public static Path write(Path war, List<String> classes, String displayName) {
        return write(war, classes, displayName, Optional.empty());
    }

    /**
     * The same, its requests run by the task threads of the io worker {@code executor} (jboss-web.xml's executor-name)
     * instead of the default worker's.
     */
    public static Path write(Path war, List<String> classes, String displayName, Optional<String> executor) {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(war))) {
            if (executor.isPresent()) {
                entry(zip, "WEB-INF/jboss-web.xml");
                zip.write("""
                        <?xml version="1.0" encoding="UTF-8"?>
                        <jboss-web xmlns="urn:jboss:jakartaee:1.0" version="16.0">
                            <executor-name>%s</executor-name>
                        </jboss-web>
                        """.formatted(executor.get()).getBytes(StandardCharsets.UTF_8));
            }
            entry(zip, "WEB-INF/web.xml");
            zip.write("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                        <display-name>%s</display-name>
                        <distributable/>
                    </web-app>
                    """.formatted(displayName).getBytes(StandardCharsets.UTF_8));
            for (String c : classes) {
                try (InputStream bytes = DistributableWar.class.getClassLoader().getResourceAsStream(c)) {
                    if (bytes == null) {
                        throw new IllegalStateException(c + " is not on the class path");
                    }
                    entry(zip, "WEB-INF/classes/" + c);
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
