package dev.steadfast.ops.container;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.steadfast.ops.UserError;
import dev.steadfast.ops.Versions;
import dev.steadfast.ops.provision.CloudServer;
import dev.steadfast.ops.provision.Installation;
import dev.steadfast.ops.system.FileTrees;

/**
 * Builds the image of a standalone server of the cloud shape with one application (docker/server): on the base image
 * of Debian's packages (docker/base, built once and kept), the WildFly distribution the build resolved, configured
 * offline by {@link CloudServer} (the application's own profile scripts included) with the application as a managed
 * deployment. The configuration is made on this machine before the build, so the build itself only copies, with
 * no network.
 */
public record ServerImage(Podman podman, Path distribution, Path workDirectory) {

    /** The base image, built by docker/base/build-base-image.sh unless an image of the same packages exists. */
    public String base() {
        Path dir = workDirectory.resolve("base");
        FileTrees.delete(dir);
        FileTrees.copy(Podman.docker().resolve("base"), dir);
        String output = podman.runTool(List.of("bash", dir.resolve("build-base-image.sh").toString()));
        return output.lines().reduce((first, last) -> last).orElseThrow();
    }

    /**
     * The image {@code localhost/steadfast/NAME:VERSION} of the archive, where NAME is the archive's file name without
     * {@code .war} (the application's context root) and VERSION Steadfast's; built again each time, from Podman's
     * layer cache where nothing changed. The configuration reads the secrets where they are ({@link CloudServer}) and
     * the image holds none of them.
     */
    public String build(Path war, Map<String, Path> secretFiles) {
        String name = war.getFileName().toString().replaceFirst("\\.war$", "");
        if (!Files.isRegularFile(war) || !name.matches("[a-z][a-z0-9-]{0,40}")) {
            throw new UserError("Expected a WAR named like shop.war, not " + war + ".");
        }
        String base = base();
        Path context = workDirectory.resolve("image-" + name);
        FileTrees.delete(context);
        Path home = context.resolve("wildfly");
        Installation.unpack(distribution, home);
        new CloudServer(new Installation(home, Versions.wildfly())).configure(workDirectory.resolve("cli"), war, secretFiles);
        Path standalone = home.resolve("standalone");
        // What the offline configuration left behind and a server makes for itself: no part of an image. The
        // deployment's content (data/content) stays.
        for (String leftover : List.of("tmp", "log", "configuration/standalone_xml_history")) {
            FileTrees.delete(standalone.resolve(leftover));
        }
        try (Stream<Path> data = Files.list(standalone.resolve("data"))) {
            data.filter(d -> !d.getFileName().toString().equals("content")).forEach(FileTrees::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.copy(Podman.docker().resolve("server/Containerfile"), context.resolve("Containerfile"));
            Path start = context.resolve("start-server");
            Files.copy(Podman.docker().resolve("server/start-server"), start);
            Files.setPosixFilePermissions(start, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String image = "localhost/steadfast/" + name + ":" + Versions.steadfast();
        String previous = podman.attempt("image", "exists", image) ? podman.run("image", "inspect", "--format", "{{.Id}}", image) : "";
        podman.run("build", "--pull=never", "--network=none", "--quiet", "--build-arg", "BASE=" + base,
                "--label", "org.steadfast.application=" + name, "-t", image, context.toString());
        // The image this one replaces, untagged now: removed, unless a container still uses it.
        if (!previous.isEmpty() && !previous.equals(podman.run("image", "inspect", "--format", "{{.Id}}", image))) {
            podman.attempt("rmi", previous);
        }
        FileTrees.delete(context);
        return image;
    }
}
