package dev.steadfast.testing.fuzz;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What the harness reads of an application's WAR: its {@code @ApplicationPath}, its resource classes (every
 * {@code @Path} class under {@code WEB-INF/classes}, which is what RESTEasy deploys when the application lists
 * none itself) and its request body limit ({@code steadfast.request.max-bytes} in its MicroProfile Config file, else
 * the runtime's default). The classes are loaded from the test's class path, which holds the application's own.
 *
 * @param applicationPath the application's path from the deployment's root, without slashes around it
 * @param resources       its resource classes
 * @param bodyLimit       the largest request body it accepts, in bytes
 */
record DeployedApplication(String applicationPath, List<Class<?>> resources, long bodyLimit) {

    /** steadfast-runtime's default for {@code steadfast.request.max-bytes}: 1 MiB. */
    static final long DEFAULT_BODY_LIMIT = 1024 * 1024;
    private static final String CLASSES = "/WEB-INF/classes/";
    private static final String CONFIG = CLASSES + "META-INF/microprofile-config.properties";

    static DeployedApplication of(WebArchive war) {
        List<Class<?>> classes = war.getContent(Filters.include(CLASSES + ".*\\.class")).keySet().stream()
                .map(path -> path.get().substring(CLASSES.length(), path.get().length() - ".class".length()).replace('/', '.'))
                .sorted().<Class<?>>map(DeployedApplication::load).toList();
        String applicationPath = classes.stream().filter(Application.class::isAssignableFrom)
                .map(c -> c.getAnnotation(ApplicationPath.class)).filter(a -> a != null).map(ApplicationPath::value)
                .findFirst().orElseThrow(() -> new IllegalStateException(war.getName() + " has no Application class with @ApplicationPath"));
        return new DeployedApplication(applicationPath.replaceAll("^/+|/+$", ""),
                classes.stream().filter(c -> c.isAnnotationPresent(Path.class)).toList(), bodyLimit(war.get(CONFIG)));
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name + " is in the WAR but not on the test's class path", e);
        }
    }

    private static long bodyLimit(Node config) {
        if (config == null) {
            return DEFAULT_BODY_LIMIT;
        }
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(config.getAsset().openStream(), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String limit = properties.getProperty("steadfast.request.max-bytes");
        return limit == null ? DEFAULT_BODY_LIMIT : Long.parseLong(limit.trim());
    }
}
