package dev.steadfast.ops.domain;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.steadfast.ops.UserError;
import dev.steadfast.ops.container.Podman;
import dev.steadfast.ops.container.ServerImage;
import dev.steadfast.ops.provision.ContainerSecrets;
import dev.steadfast.ops.provision.Secrets;
import dev.steadfast.ops.provision.StateDir;

/**
 * {@code steadfast image}: the cloud shape's image of an application ({@link ServerImage}) and the secrets its
 * containers are given ({@link ContainerSecrets}), made in a state of the image's own. A domain's state is refused:
 * the certificate would be made anew for the image's names, and the database password replaced, under a domain that
 * uses them.
 */
record CloudImage(Workspace workspace, StateDir state, PrintStream out) {

    void build(Path war, List<String> addresses, Optional<Path> databasePasswordFile) {
        if (Files.isDirectory(state.hosts())) {
            throw new UserError("The state " + state.root() + " holds a domain; give the image a state of its own "
                    + "(STEADFAST_STATE=DIR steadfast image ...), since its certificate names other addresses.");
        }
        if (!Files.isRegularFile(war)) {
            throw new UserError("There is no archive at " + war + ".");
        }
        databasePasswordFile.filter(file -> !Files.isReadable(file)).ifPresent(file -> {
            throw new UserError("The database password file " + file + " cannot be read.");
        });
        Map<String, Path> files = new ContainerSecrets(new Secrets(state)).files(addresses, databasePasswordFile);
        String image = new ServerImage(new Podman(state.containers()), workspace.wildflyDistribution(), workspace.postgresqlDriver(),
                state.containers()).build(war, files);
        out.println("Built " + image + ". Its containers' secrets, as files in /run/secrets: " + files.values() + " (docker/README.md#secrets).");
    }
}
