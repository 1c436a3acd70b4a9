package dev.steadfast.ops.container;

import java.nio.file.Path;
import java.util.List;

import dev.steadfast.ops.system.FileTrees;

/**
 * The base image every Steadfast image is built on: Debian bookworm with OpenJDK 17's headless JRE, made from
 * Debian's packages by docker/base/build-base-image.sh, which builds it only when no image of the same packages and
 * recipe exists (a lock makes concurrent builds wait for one another).
 */
record BaseImage(Podman podman, Path workDirectory) {

    /** The image's reference, built first if needed. */
    String ensure() {
        Path dir = workDirectory.resolve("base");
        FileTrees.delete(dir);
        FileTrees.copy(Podman.docker().resolve("base"), dir);
        String output = podman.runTool(List.of("bash", dir.resolve("build-base-image.sh").toString()));
        return output.lines().reduce((first, last) -> last).orElseThrow();
    }
}
