package dev.steadfast.ops.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "up", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Provisions the hosts when needed, applies the scripts offline, starts the database, host controllers "
                + "and servers, and returns once the domain is ready: every host registered, every server running, every "
                + "worker registered at the balancer and every cluster view complete and the same on all its members."})
final class UpCommand implements Runnable {

    @ParentCommand
    private Steadfast steadfast;

    @Mixin
    private TopologyOptions options;

    @Override
    public void run() {
        steadfast.domain().up(options.topology, options.choice());
    }
}
