package dev.steadfast.ops.cli;

import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "deploy", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Deploys an archive to an application server group, or replaces it there, one server at a time "
                + "(a rollout plan with rolling-to-servers), and returns once every server of the group runs it. The profile "
                + "scripts the archive carries (WEB-INF/steadfast/profile/*.cli) are applied to the group's profile first.")
final class DeployCommand implements Runnable {

    @ParentCommand
    private Steadfast steadfast;

    @Parameters(paramLabel = "ARCHIVE", description = "The .war, .ear or .jar to deploy; its file name is the deployment's name.")
    private Path archive;

    @Option(names = "--group", required = true, paramLabel = "GROUP", description = "The application server group to deploy to.")
    private String group;

    @Option(names = "--ready-within", paramLabel = "SECONDS", defaultValue = "180",
            description = "When the archive's profile scripts leave servers waiting for a restart: how long each server "
                    + "gets, once restarted, to be ready and its group redundant (default ${DEFAULT-VALUE}).")
    private int readyWithin;

    @Override
    public void run() {
        steadfast.domain().deploy(archive.toAbsolutePath(), group, RollingOptions.readyWithin(readyWithin));
    }
}
