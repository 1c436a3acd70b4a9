package dev.steadfast.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.ByteArrayAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What an app's Arquillian tests deploy: the WAR this build packaged ({@code steadfast.war}, set by
 * steadfast-app-parent), exactly as it would go to production; a test adds its own classes to it.
 */
public final class Deployments {

    private static final String CONFIG = "WEB-INF/classes/META-INF/microprofile-config.properties";

    private Deployments() {
    }

    public static WebArchive application() {
        String war = System.getProperty("steadfast.war");
        if (war == null) {
            throw new IllegalStateException("System property steadfast.war is not set: run the tests with failsafe as steadfast-app-parent configures it.");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(war));
    }

    /**
     * The archive with one MicroProfile Config property set in its own {@code META-INF/microprofile-config.properties}
     * (the others kept; UTF-8, as MicroProfile Config reads it): how a test points the deployed app at a stand-in
     * service on a port of the test's choosing.
     */
    public static WebArchive withConfig(WebArchive archive, String key, String value) {
        Properties config = new Properties();
        Node existing = archive.get(CONFIG);
        if (existing != null) {
            try (Reader in = new InputStreamReader(existing.getAsset().openStream(), StandardCharsets.UTF_8)) {
                config.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            archive.delete(CONFIG);
        }
        config.setProperty(key, value);
        StringWriter text = new StringWriter();
        try {
            config.store(text, "with " + key + " set by the test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return archive.add(new ByteArrayAsset(text.toString().getBytes(StandardCharsets.UTF_8)), CONFIG);
    }
}
