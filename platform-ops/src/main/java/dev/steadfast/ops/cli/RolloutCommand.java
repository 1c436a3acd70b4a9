package dev.steadfast.ops.cli;

import java.nio.file.Path;
import java.time.Duration;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "rollout", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Rolls a new version of an application out to an application group one server at a time: each server is "
                + "taken out of the balancer and drained, stopped, moved into the group's twin server group (which holds the new "
                + "version under the same runtime name, so sessions carry over), started, and waited on until it is ready and the "
                + "group redundant; only then comes the next. Progress per server, a table at the end.",
            "A server that is not ready and redundant in time stops the rollout: every server it moved goes back, the same way, "
                + "and the command fails (exit 1). A rollout starts only on a ready and redundant group. Sessions must stay "
                + "readable by both versions (add fields, never remove or retype them), and so must the schema (expand, then "
                + "contract in a later release). The profile scripts the new version carries (WEB-INF/steadfast/profile/*.cli) are "
                + "applied to the group's profile first, so they must suit the version still running too."})
final class RolloutCommand implements Runnable {

    @ParentCommand
    private Steadfast steadfast;

    @Parameters(paramLabel = "ARCHIVE", description = "The new .war, .ear or .jar; its file name is the name it runs under.")
    private Path archive;

    @Mixin
    private RollingOptions options;

    @Override
    public void run() {
        steadfast.domain().rollout(archive.toAbsolutePath(), options.group(), options.readyWithin());
    }
}
