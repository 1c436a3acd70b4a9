package dev.steadfast.ops.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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

    @Option(names = "--no-class-data-archives",
            description = "Neither write nor map each JVM's class-data archive (the JDK's own is still mapped): for a state "
                    + "used for one session, such as a test's, whose first down would spend half a minute writing archives "
                    + "that no later up maps.")
    private boolean noClassDataArchives;

    @Option(names = "--containers",
            description = "Run each host controller, with its servers, in a Podman container of the domain's image (built "
                    + "from Debian's packages on first use), on the topology's own addresses; status, drills, rollouts and "
                    + "down work as without. Needs Podman (bin/podman-setup).")
    private boolean containers;

    @Override
    public void run() {
        steadfast.domain().up(options.topology, options.choice(), !noClassDataArchives, containers);
    }
}
