package dev.steadfast.ops.provision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.steadfast.ops.ClassPathFolder;

/**
 * The curated configuration of {@code cli-scripts/}, bundled in this jar under {@code cli-scripts/}: numbered,
 * idempotent JBoss CLI scripts in folders by target (profile, domain, group, host, secondary-host, server,
 * standalone). A script refers to its parameters as system properties, {@code ${steadfast.*}}; by hand they come
 * from {@code jboss-cli.sh --resolve-parameter-values --properties=...}. Here, where one CLI session applies a
 * script once per group or per server, the parameters of each application are put in before the text goes to the
 * CLI, which is all that {@code --resolve-parameter-values} would do with them. Placeholders the parameters do not
 * name (server-side expressions such as {@code ${steadfast.https.port}}) are left for the server to resolve.
 */
final class CliScripts {

    private static final String ROOT = "cli-scripts";

    private CliScripts() {}

    /**
     * The scripts of several folders in one apply order, by file name: the profile scripts interleave with the
     * domain's (a domain clones the profile before the profile scripts change it) or the standalone ones'.
     */
    static List<Path> ordered(String... folders) {
        Path root = ClassPathFolder.of(ROOT, "README.md");
        return Stream.of(folders).flatMap(f -> list(root.resolve(f)))
                .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).thenComparing(Path::toString))
                .toList();
    }

    /** The scripts of the folders with the given parameters filled in, each introduced by an echo of its name. */
    static String render(Map<String, String> parameters, String... folders) {
        StringBuilder sb = new StringBuilder();
        for (Path script : ordered(folders)) {
            sb.append("echo \"steadfast: ").append(script.getParent().getFileName()).append('/')
                    .append(script.getFileName()).append("\"\n");
            sb.append(fill(read(script), parameters)).append('\n');
        }
        return sb.toString();
    }

    static String fill(String text, Map<String, String> parameters) {
        String result = text;
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            result = result.replace("${" + p.getKey() + "}", p.getValue());
        }
        return result;
    }

    private static Stream<Path> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".cli")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
