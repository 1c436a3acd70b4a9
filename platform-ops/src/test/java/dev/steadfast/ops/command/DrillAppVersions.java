package dev.steadfast.ops.command;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import dev.steadfast.ops.drill.DrillApp;

/**
 * Later releases of steadfast-drill.war, as a rollout test needs them: the war {@code steadfast drill} deploys, with
 * some of its classes compiled anew from other sources (a session class that gained a field, a readiness check that
 * needs a datasource the domain does not have). The file keeps the name steadfast-drill.war, the name a release runs under.
 */
final class DrillAppVersions {

    private final Path root;

    DrillAppVersions(Path root) {
        this.root = root;
    }

    /** The first version: the drill application as the command writes it. */
    Path first() {
        return DrillApp.write(directory("v1"));
    }

    /** A version called {@code name} whose classes named in {@code sources} (class name to source text) are compiled from those sources. */
    Path build(String name, Map<String, String> sources) {
        Path dir = directory(name);
        Path classes = directory(name + "-classes");
        Path sourceDir = directory(name + "-sources");
        List<String> arguments = new ArrayList<>(List.of("--release", "17", "-classpath", System.getProperty("java.class.path"),
                "-d", classes.toString()));
        try {
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = sourceDir.resolve(source.getKey().replace('.', '/') + ".java");
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue());
                arguments.add(file.toString());
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            if (javac.run(null, null, null, arguments.toArray(String[]::new)) != 0) {
                throw new IllegalStateException("the sources of " + name + " do not compile; javac said why above");
            }
            Path war = dir.resolve(DrillApp.NAME);
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(first()));
                 ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(war))) {
                List<String> compiled;
                try (var files = Files.walk(classes)) {
                    compiled = files.filter(Files::isRegularFile).map(f -> "WEB-INF/classes/" + classes.relativize(f).toString().replace('\\', '/')).toList();
                }
                for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                    if (!compiled.contains(e.getName())) {
                        entry(out, e.getName());
                        in.transferTo(out);
                    }
                }
                // Every class javac wrote, those the first version did not have (an inner class, a new one) included.
                for (String entry : compiled) {
                    entry(out, entry);
                    try (InputStream bytes = Files.newInputStream(classes.resolve(entry.substring("WEB-INF/classes/".length())))) {
                        bytes.transferTo(out);
                    }
                }
            }
            return war;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void entry(ZipOutputStream out, String name) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(FileTime.fromMillis(0));
        out.putNextEntry(entry);
    }

    private Path directory(String name) {
        try {
            return Files.createDirectories(root.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
