package dev.steadfast.ops;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * A folder that travels in the command's jar ({@code cli-scripts/}, {@code wildfly-config/}), as a {@link Path} to
 * list and read: inside the jar when the command runs from it, a directory when it runs from the build's classes.
 * The jar is the one place they come from, so the command runs the same from a checkout and from a downloaded jar.
 */
public final class ClassPathFolder {

    private ClassPathFolder() {}

    /** The folder holding {@code marker} (a file every copy of the folder has, such as its README.md). */
    public static Path of(String folder, String marker) {
        URL url = ClassPathFolder.class.getClassLoader().getResource(folder + "/" + marker);
        if (url == null) {
            throw new IllegalStateException(folder + "/ is missing from the class path: the build puts it into the jar");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem jar;
                try {
                    jar = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    jar = FileSystems.getFileSystem(uri);
                }
                return jar.getPath("/" + folder);
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("Cannot read " + folder + "/ at " + url, e);
        }
    }
}
