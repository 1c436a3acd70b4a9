package dev.steadfast.shop.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The same WAR without {@code <distributable/>} in its web.xml, and nothing else changed: its sessions then live on
 * the node that made them only, which is what replication is measured against. Named like the original, so that
 * it takes the same context path.
 */
final class NotDistributable {

    private static final String WEB_XML = "WEB-INF/web.xml";
    private static final String DISTRIBUTABLE = "<distributable/>";

    private NotDistributable() {
    }

    static Path copyOf(Path war, Path workDirectory) {
        Path copy = workDirectory.resolve("not-distributable").resolve(war.getFileName());
        boolean removed = false;
        try {
            Files.createDirectories(copy.getParent());
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(war));
                 ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    byte[] content = in.readAllBytes();
                    if (entry.getName().equals(WEB_XML)) {
                        String xml = new String(content, StandardCharsets.UTF_8);
                        removed = xml.contains(DISTRIBUTABLE);
                        content = xml.replace(DISTRIBUTABLE, "").getBytes(StandardCharsets.UTF_8);
                    }
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    out.write(content);
                    out.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!removed) {
            throw new IllegalStateException(war + " has no " + DISTRIBUTABLE + " in its " + WEB_XML);
        }
        return copy;
    }
}
