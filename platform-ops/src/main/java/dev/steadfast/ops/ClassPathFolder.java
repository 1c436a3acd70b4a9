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
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A folder that travels in the command's jar ({@code cli-scripts/}, {@code wildfly-config/}), as a {@link Path} to
 * list and read: inside the jar when the command runs from it, a directory when it runs from the build's classes.
 * The jar is the one place they come from, so the command runs the same from a checkout and from a downloaded jar.
 * {@link #jarHolding} names the jar a resource comes from (the PostgreSQL driver's, which the command deploys).
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
            Optional<Path> jar = jarOf(url);
            if (jar.isPresent()) {
                return JARS.computeIfAbsent(jar.get(), ClassPathFolder::open).getPath("/" + folder);
            }
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot read " + folder + "/ at " + url, e);
        }
    }

    /** The jar a class-path resource would be read from, found without loading it; empty when it is not in a jar. */
    public static Optional<Path> jarHolding(String resource) {
        URL url = ClassPathFolder.class.getClassLoader().getResource(resource);
        return url == null ? Optional.empty() : jarOf(url);
    }

    private static Optional<Path> jarOf(URL url) {
        if (!"jar".equals(url.getProtocol())) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(((JarURLConnection) url.openConnection()).getJarFileURL().toURI()));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("Cannot find the jar of " + url, e);
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
