package dev.steadfast.ops.provision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import dev.steadfast.ops.UserError;
import dev.steadfast.ops.Versions;
import dev.steadfast.ops.system.FileTrees;

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
        unpack(distribution, home);
        return new Installation(home, version);
    }

    /**
     * Unpacks the distribution's one top folder as {@code home}, through a partial folder beside it, so that a home
     * exists only once complete; refused, in a sentence, when the build has not resolved the distribution.
     */
    public static void unpack(Path distribution, Path home) {
        if (distribution == null || !Files.isRegularFile(distribution)) {
            throw new UserError("The WildFly distribution is missing" + (distribution == null ? "" : " at " + distribution)
                    + "; build first with ./mvnw -q install -DskipTests.");
        }
        Path partial = home.resolveSibling(home.getFileName() + ".partial");
        FileTrees.delete(partial);
        FileTrees.unzip(distribution, partial);
        try (Stream<Path> top = Files.list(partial)) {
            Path unpacked = top.filter(Files::isDirectory).findFirst().orElseThrow();
            Files.move(unpacked, home, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FileTrees.delete(partial);
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
        FileTrees.delete(hostDir);
        FileTrees.copy(home.resolve("domain"), hostDir);
    }
}
