package dev.steadfast.ops.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "status", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Every server of the running domain: host, group, state, cluster view, registration at the balancer and "
                + "deployments, and whether the domain is ready (and if not, why).")
final class StatusCommand implements Runnable {

    @ParentCommand
    private Steadfast steadfast;

    @Option(names = "--json", description = "One JSON object for scripts: topology, hosts, ready, notReady and servers.")
    private boolean json;

    @Override
    public void run() {
        steadfast.domain().status(json);
    }
}
