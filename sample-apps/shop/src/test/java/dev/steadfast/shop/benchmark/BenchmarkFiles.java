package dev.steadfast.shop.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The benchmark's file work: directories of its own, the distribution unpacked, private files. */
final class BenchmarkFiles {

    /** Marks a directory as the benchmark's, so that {@link #replaceDirectory} never deletes anything else. */
    private static final String MARKER = ".steadfast-benchmark";

    private BenchmarkFiles() {
    }

    /** An empty directory, 0700: a new one, or one an earlier run made (its marker says so), emptied. */
    static void replaceDirectory(Path directory) throws IOException {
        if (Files.exists(directory)) {
            if (!Files.exists(directory.resolve(MARKER))) {
                throw new IllegalStateException(directory + " exists and is not the benchmark's: remove it or choose another");
            }
            try (Stream<Path> all = Files.walk(directory)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Files.createFile(directory.resolve(MARKER));
    }

    /** The distribution unpacked into {@code directory}; its scripts executable. Returns its home (the zip's top folder). */
    static Path unzip(Path zip, Path directory) throws IOException {
        Path home = null;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = directory.resolve(entry.getName()).normalize();
                if (!target.startsWith(directory)) {
                    throw new IllegalStateException("A zip entry outside the target: " + entry.getName());
                }
                if (home == null) {
                    home = directory.resolve(Path.of(entry.getName()).getName(0));
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                if (entry.getName().endsWith(".sh")) {
                    target.toFile().setExecutable(true, true);
                }
            }
        }
        return home;
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Files.copy(p, to.resolve(from.relativize(p).toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    /** A file only its owner may read, created so from the start. */
    static void writePrivate(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, content);
    }

    /** A tool of the JDK this JVM runs on ({@code java}, {@code keytool}). */
    static String jdkTool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }
}
