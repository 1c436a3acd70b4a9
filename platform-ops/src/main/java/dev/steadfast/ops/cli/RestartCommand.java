package dev.steadfast.ops.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "restart", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Restarts every server of an application group one at a time, as a rollout moves them: out of the "
                + "balancer and drained, stopped, started, and waited on until it is ready and the group redundant before the "
                + "next. Stops at the first server that is not ready and redundant in time (exit 1), leaving the rest untouched."})
final class RestartCommand implements Runnable {

    @ParentCommand
    private Steadfast steadfast;

    @Mixin
    private RollingOptions options;

    @Override
    public void run() {
        steadfast.domain().restart(options.group(), options.readyWithin());
    }
}
