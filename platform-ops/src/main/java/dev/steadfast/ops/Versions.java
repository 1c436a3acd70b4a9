package dev.steadfast.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The versions of this build, written once in the root pom and filled into a resource by the build. */
public final class Versions {

    private static final Properties VERSIONS = load();

    private Versions() {}

    /** The WildFly release the platform ships and provisions, for example 39.0.1.Final. */
    public static String wildfly() {
        return VERSIONS.getProperty("wildfly.version");
    }

    /** This release of Steadfast. */
    public static String steadfast() {
        return VERSIONS.getProperty("steadfast.version");
    }

    private static Properties load() {
        try (InputStream in = Versions.class.getResourceAsStream("steadfast-versions.properties")) {
            if (in == null) {
                throw new IllegalStateException("steadfast-versions.properties is missing: the build writes it");
            }
            Properties p = new Properties();
            p.load(in);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
