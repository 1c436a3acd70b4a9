package dev.steadfast.testing.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import dev.steadfast.runtime.bodylimit.RequestBodyLimitFilter;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What the harness reads of an application's WAR: its {@code @ApplicationPath}, its resource classes and its request
 * body limit. Resource classes are what RESTEasy deploys when the application lists none itself: the concrete
 * classes under {@code WEB-INF/classes} and in the JARs of {@code WEB-INF/lib} with a {@code @Path} of their own or
 * from a superclass or interface. The classes are loaded from the test's class path, which holds the application's
 * own and its libraries; a library resource that is not there is reported, not left out. The body limit is the one
 * {@link RequestBodyLimitFilter} applies, looked up as MicroProfile Config looks it up: the system property, the
 * environment ({@code STEADFAST_REQUEST_MAX_BYTES}), the WAR's {@code microprofile-config.properties}, else the
 * default; zero or less is the default. The test's JVM sees the system property and environment the server was
 * started with when the build passes both to the two alike.
 *
 * @param applicationPath the application's path from the deployment's root, without slashes around it
 * @param resources       its resource classes
 * @param uncovered       resources found that the harness cannot load, with the reason
 * @param bodyLimit       the largest request body it accepts, in bytes
 */
record DeployedApplication(String applicationPath, List<Class<?>> resources, List<String> uncovered, long bodyLimit) {

    private static final String CLASSES = "/WEB-INF/classes/";
    private static final String LIB = "/WEB-INF/lib/";
    private static final String CONFIG = CLASSES + "META-INF/microprofile-config.properties";
    /** How {@code @Path} appears in a class file that uses it: its type descriptor, in the constant pool. */
    private static final byte[] PATH_DESCRIPTOR = "Ljakarta/ws/rs/Path;".getBytes(StandardCharsets.US_ASCII);

    DeployedApplication {
        resources = List.copyOf(resources);
        uncovered = List.copyOf(uncovered);
    }

    static DeployedApplication of(WebArchive war) {
        return of(war, System::getProperty, System::getenv);
    }

    static DeployedApplication of(WebArchive war, UnaryOperator<String> systemProperties, UnaryOperator<String> environment) {
        List<Class<?>> classes = war.getContent(Filters.include(CLASSES + ".*\\.class")).keySet().stream()
                .map(path -> path.get().substring(CLASSES.length(), path.get().length() - ".class".length()).replace('/', '.'))
                .sorted().<Class<?>>map(DeployedApplication::load).toList();
        String applicationPath = classes.stream().filter(Application.class::isAssignableFrom)
                .map(c -> c.getAnnotation(ApplicationPath.class)).filter(a -> a != null).map(ApplicationPath::value)
                .findFirst().orElseThrow(() -> new IllegalStateException(war.getName() + " has no Application class with @ApplicationPath"));
        List<Class<?>> resources = new ArrayList<>(classes.stream().filter(DeployedApplication::isResource).toList());
        List<String> uncovered = new ArrayList<>();
        for (Map.Entry<ArchivePath, Node> jar : war.getContent(Filters.include(LIB + "[^/]*\\.jar")).entrySet()) {
            libraryResources(jar.getKey().get(), jar.getValue(), resources, uncovered);
        }
        return new DeployedApplication(applicationPath.replaceAll("^/+|/+$", ""), resources, uncovered,
                bodyLimit(war.get(CONFIG), systemProperties, environment));
    }

    static boolean isResource(Class<?> c) {
        return !c.isInterface() && !Modifier.isAbstract(c.getModifiers()) && Endpoints.rootPath(c) != null;
    }

    /** The classes of a library that mention {@code @Path}, loaded; those that cannot be are named in {@code uncovered}. */
    private static void libraryResources(String jarPath, Node jar, List<Class<?>> resources, List<String> uncovered) {
        if (jar.getAsset() == null) {
            return;
        }
        try (ZipInputStream in = new ZipInputStream(jar.getAsset().openStream())) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName();
                if (!name.endsWith(".class") || name.endsWith("module-info.class") || name.startsWith("META-INF/")
                        || !contains(in.readAllBytes(), PATH_DESCRIPTOR)) {
                    continue;
                }
                String className = name.substring(0, name.length() - ".class".length()).replace('/', '.');
                try {
                    Class<?> c = Class.forName(className, false, Thread.currentThread().getContextClassLoader());
                    if (isResource(c)) {
                        resources.add(c);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    uncovered.add(className + " (in " + jarPath + "): not on the test's class path, so its resource"
                            + " methods cannot be listed: " + e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean contains(byte[] bytes, byte[] wanted) {
        outer:
        for (int i = 0; i + wanted.length <= bytes.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (bytes[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name + " is in the WAR but not on the test's class path", e);
        }
    }

    /** The limit MicroProfile Config gives the runtime: system property, environment, the WAR's file, default. */
    static long bodyLimit(Node config, UnaryOperator<String> systemProperties, UnaryOperator<String> environment) {
        String key = RequestBodyLimitFilter.LIMIT_KEY;
        String value = systemProperties.apply(key);
        String sanitized = key.replaceAll("[^A-Za-z0-9]", "_");
        for (String name : List.of(key, sanitized, sanitized.toUpperCase(java.util.Locale.ROOT))) {
            value = value != null ? value : environment.apply(name);
        }
        if (value == null && config != null) {
            value = properties(config).getProperty(key);
        }
        Long configured = null;
        if (value != null && !value.isBlank()) {
            try {
                configured = Long.parseLong(value.trim());
            } catch (NumberFormatException e) {
                throw new IllegalStateException(key + " is not a number of bytes: " + value, e);
            }
        }
        return RequestBodyLimitFilter.limit(configured);
    }

    private static Properties properties(Node config) {
        Properties properties = new Properties();
        try (InputStream stream = config.getAsset().openStream();
             Reader in = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
