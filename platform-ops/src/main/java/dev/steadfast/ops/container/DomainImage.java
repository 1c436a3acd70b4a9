package dev.steadfast.ops.container;

import java.nio.file.Path;
import java.util.Map;

import dev.steadfast.ops.ContentHash;
import dev.steadfast.ops.Versions;
import dev.steadfast.ops.provision.Installation;
import dev.steadfast.ops.system.FileTrees;

/**
 * The image of a host of the domain (docker/domain): the base image and the state's WildFly installation, with a
 * start script that runs {@code domain.sh} in the role the environment names. The host's configuration is not in
 * it: a container mounts its host's base directory from the state, and gets the key stores as Podman secrets.
 * Built only when the recipe, the installation's version or the base image changed, which a label of the image
 * records: an {@code up} finds it in well under a second.
 */
public record DomainImage(Podman podman, Installation installation, Path workDirectory) {

    public static final String IMAGE = "localhost/steadfast/domain:" + Versions.steadfast();
    private static final String RECIPE_LABEL = "org.steadfast.recipe";

    /** The image's reference, built first when it is missing or out of date. */
    public String ensure() {
        String base = new BaseImage(podman, workDirectory).ensure();
        Path recipe = Podman.docker().resolve("domain");
        String request = ContentHash.sha1(recipe.resolve("Containerfile")).substring(0, 12) + "-"
                + ContentHash.sha1(recipe.resolve("start-host")).substring(0, 12) + "-" + installation.version() + "-"
                + podman.answer("image", "inspect", "--format", "{{.Id}}", base).orElseThrow().substring(0, 12);
        if (podman.answer("image", "inspect", "--format", "{{index .Labels \"" + RECIPE_LABEL + "\"}}", IMAGE).filter(request::equals).isPresent()) {
            return IMAGE;
        }
        Path context = workDirectory.resolve("image-domain");
        FileTrees.delete(context);
        FileTrees.copy(installation.home(), context.resolve("wildfly"));
        Podman.recipe("domain", context);
        podman.build(context, IMAGE, base, Map.of(RECIPE_LABEL, request));
        FileTrees.delete(context);
        return IMAGE;
    }
}
