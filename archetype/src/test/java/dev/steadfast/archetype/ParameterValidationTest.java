package dev.steadfast.archetype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import groovy.lang.Binding;
import groovy.lang.GroovyShell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The post-generate script, run as maven-archetype-plugin runs it (same Groovy): a bad parameter stops the
 * generation with one sentence naming it, and the half-made project is gone.
 */
class ParameterValidationTest {

    static final Path SCRIPT = Path.of("src/main/resources/META-INF/archetype-post-generate.groovy");

    @TempDir
    Path output;

    @Test
    void goodParametersPass() throws Exception {
        Path project = generated("order-desk");

        run(parameters("com.example", "order-desk", "1.0.0-SNAPSHOT", "com.example.order_desk", "Order desk"));

        assertTrue(Files.exists(project));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "groupId     | Com.Example      | com.example.app   | 1.0      | App      ",
            "groupId     | com..example     | com.example.app   | 1.0      | App      ",
            "artifactId  | com.example      | com.example.app   | 1.0      | App      ",
            "version     | com.example      | com.example.app   | one      | App      ",
            "package     | com.example      | com.example.class | 1.0      | App      ",
            "package     | com.example      | com.example-app   | 1.0      | App      ",
            "displayName | com.example      | com.example.app   | 1.0      | '<b>App' ",
    })
    void aBadParameterIsNamedAndNothingIsLeftBehind(String broken, String groupId, String pkg, String version, String displayName)
            throws Exception {
        String artifactId = broken.equals("artifactId") ? "Order_Desk" : "order-desk";
        Path project = generated(artifactId);

        Exception refused = assertThrows(Exception.class,
                () -> run(parameters(groupId, artifactId, version, pkg, displayName)));

        assertTrue(refused.getMessage().startsWith("Parameter " + broken + " '"), refused.getMessage());
        assertTrue(refused.getMessage().endsWith("."), refused.getMessage());
        assertEquals(1, refused.getMessage().split("\\. ").length, "one sentence: " + refused.getMessage());
        assertFalse(Files.exists(project));
    }

    private Path generated(String artifactId) throws Exception {
        Path project = Files.createDirectories(output.resolve(artifactId).resolve("src/main/java"));
        Files.writeString(project.resolve("App.java"), "class App {}");
        return output.resolve(artifactId);
    }

    private static Properties parameters(String groupId, String artifactId, String version, String pkg, String displayName) {
        Properties p = new Properties();
        p.putAll(Map.of("groupId", groupId, "artifactId", artifactId, "version", version, "package", pkg,
                "displayName", displayName));
        return p;
    }

    private void run(Properties parameters) throws Exception {
        Binding binding = new Binding();
        binding.setVariable("request", Map.of("properties", parameters, "outputDirectory", output.toString(),
                "artifactId", parameters.getProperty("artifactId")));
        new GroovyShell(binding).evaluate(SCRIPT.toFile());
    }
}
