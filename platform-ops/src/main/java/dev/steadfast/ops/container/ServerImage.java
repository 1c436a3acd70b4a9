package dev.steadfast.ops.container;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * deployment, and PostgreSQL's driver as another, for a container that names a PostgreSQL database. The
 * configuration is made on this machine before the build, so the build itself only copies, with no network.
 */
public record ServerImage(Podman podman, Path distribution, Path postgresqlDriver, Path workDirectory) {

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
        String base = new BaseImage(podman, workDirectory).ensure();
        Path context = workDirectory.resolve("image-" + name);
        FileTrees.delete(context);
        Path home = context.resolve("wildfly");
        Installation.unpack(distribution, home);
        new CloudServer(new Installation(home, Versions.wildfly())).configure(workDirectory.resolve("cli"), war, postgresqlDriver, secretFiles);
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
        Podman.recipe("server", context);
        String image = "localhost/steadfast/" + name + ":" + Versions.steadfast();
        podman.build(context, image, base, Map.of("org.steadfast.application", name));
        FileTrees.delete(context);
        return image;
    }
}
