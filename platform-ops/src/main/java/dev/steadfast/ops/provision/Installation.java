package dev.steadfast.ops.provision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import dev.steadfast.ops.UserError;
import dev.steadfast.ops.Versions;

/**
 * The WildFly installation a domain runs on: the distribution the build resolved from Maven Central, which the
 * launcher names, unpacked once into the state directory and shared, read-only in use, by every host's base directory.
 */
public record Installation(Path home, String version) {

    public static Installation ensure(Path distribution, StateDir state) {
        String version = Versions.wildfly();
        Path home = state.wildflyHome(version);
        if (Files.isRegularFile(home.resolve("jboss-modules.jar"))) {
            return new Installation(home, version);
        }
        if (distribution == null || !Files.isRegularFile(distribution)) {
            throw new UserError("The WildFly distribution is missing" + (distribution == null ? "" : " at " + distribution)
                    + "; build first with ./mvnw -q install -DskipTests.");
        }
        Path partial = state.root().resolve("wildfly-" + version + ".partial");
        deleteTree(partial);
        unzip(distribution, partial);
        try (Stream<Path> top = Files.list(partial)) {
            Path unpacked = top.filter(Files::isDirectory).findFirst().orElseThrow();
            Files.move(unpacked, home, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        deleteTree(partial);
        return new Installation(home, version);
    }

    public Path bin(String script) {
        return home.resolve("bin").resolve(script);
    }

    /** The H2 jar WildFly ships as a module: the zero-install database runs from it. */
    public Path h2Jar() {
        try (Stream<Path> files = Files.list(home.resolve("modules/system/layers/base/com/h2database/h2/main"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar")).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh base directory for a host: a copy of the distribution's domain/ folder. */
    void newHostBaseDir(Path hostDir) {
        deleteTree(hostDir);
        copyTree(home.resolve("domain"), hostDir);
    }

    private static void unzip(Path zip, Path target) {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path out = target.resolve(e.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IllegalStateException("Entry outside the target directory: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(in, out);
                    if (e.getName().endsWith(".sh")) {
                        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
