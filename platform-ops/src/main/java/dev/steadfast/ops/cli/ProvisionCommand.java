package dev.steadfast.ops.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "provision", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Prepares every host of a topology (installation, secrets, base directories) and applies the curated "
                + "scripts offline, without starting anything.")
final class ProvisionCommand implements Runnable {

    @ParentCommand
    private Steadfast steadfast;

    @Mixin
    private TopologyOptions options;

    @Override
    public void run() {
        steadfast.domain().provision(options.topology, options.choice());
    }
}
