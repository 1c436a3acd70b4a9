package dev.steadfast.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The curated configuration of {@code cli-scripts/}: numbered, idempotent JBoss CLI scripts in four folders
 * (domain, group, host, server). A script refers to its parameters as system properties, {@code ${steadfast.*}};
 * by hand they come from {@code jboss-cli.sh --resolve-parameter-values --properties=...}. Here, where one
 * CLI session applies a script once per group or per server, the parameters of each application are put in
 * before the text goes to the CLI, which is all that {@code --resolve-parameter-values} would do with them.
 * Placeholders the parameters do not name (server-side expressions such as {@code ${steadfast.https.port}})
 * are left for the server to resolve.
 */
record CliScripts(Path root) {

    static CliScripts in(Path projectRoot) {
        return new CliScripts(projectRoot.resolve("cli-scripts"));
    }

    List<Path> folder(String name) {
        try (Stream<Path> files = Files.list(root.resolve(name))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".cli")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The scripts of a folder with the given parameters filled in, each introduced by an echo of its name. */
    String render(String folder, Map<String, String> parameters) {
        StringBuilder sb = new StringBuilder();
        for (Path script : folder(folder)) {
            sb.append("echo \"steadfast: ").append(folder).append('/').append(script.getFileName()).append("\"\n");
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

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
