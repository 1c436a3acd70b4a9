package dev.steadfast.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A folder that travels in the command's jar ({@code cli-scripts/}, {@code wildfly-config/}), as a {@link Path} to
 * list and read: inside the jar when the command runs from it, a directory when it runs from the build's classes.
 * The jar is the one place they come from, so the command runs the same from a checkout and from a downloaded jar.
 * A jar is opened once per JVM as a file system of this class's own (not registered, so no one else closes it).
 */
public final class ClassPathFolder {

    private static final Map<Path, FileSystem> JARS = new ConcurrentHashMap<>();

    private ClassPathFolder() {}

    /** The folder holding {@code marker} (a file every copy of the folder has, such as its README.md). */
    public static Path of(String folder, String marker) {
        URL url = ClassPathFolder.class.getClassLoader().getResource(folder + "/" + marker);
        if (url == null) {
            throw new IllegalStateException(folder + "/ is missing from the class path: the build puts it into the jar");
        }
        try {
            if ("jar".equals(url.getProtocol())) {
                Path jar = Path.of(((JarURLConnection) url.openConnection()).getJarFileURL().toURI());
                return JARS.computeIfAbsent(jar, ClassPathFolder::open).getPath("/" + folder);
            }
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("Cannot read " + folder + "/ at " + url, e);
        }
    }

    private static FileSystem open(Path jar) {
        try {
            return FileSystems.newFileSystem(jar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
