package dev.steadfast.ops.domain;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.steadfast.ops.UserError;
import dev.steadfast.ops.provision.Provisioner;
import dev.steadfast.ops.topology.Group;
import dev.steadfast.ops.topology.Topology;

/**
 * An archive on its way to an application group, by {@code deploy} or {@code rollout}: checked to be one, and its own
 * profile scripts applied to the group's profile before it goes out (docs/reasons.md#configuration-an-application-carries).
 */
record ArchiveRelease(Path archive) {

    ArchiveRelease {
        if (!Files.isRegularFile(archive)) {
            throw new UserError("No such file: " + archive + ".");
        }
        String name = archive.getFileName().toString();
        if (!name.endsWith(".war") && !name.endsWith(".ear") && !name.endsWith(".jar")) {
            throw new UserError(archive + " is not a .war, .ear or .jar file.");
        }
    }

    String name() {
        return archive.getFileName().toString();
    }

    /**
     * Applies the archive's profile scripts to the running domain; servers a change left waiting for a restart are
     * restarted one at a time with the rollout's gate before the archive goes out.
     */
    void applyProfileScripts(Provisioner provisioner, RunningState running, Topology topology, Group group, Rollout rollout,
            PrintStream out) {
        int changes = provisioner.applyArchiveScripts(topology, running.database(), group, archive);
        if (changes > 0) {
            out.println("Applied " + name() + "'s profile scripts: " + changes + " operations changed the configuration.");
            rollout.restartWherePending();
        }
    }
}
