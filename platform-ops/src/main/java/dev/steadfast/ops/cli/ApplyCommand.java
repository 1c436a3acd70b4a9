package dev.steadfast.ops.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "apply", mixinStandardHelpOptions = true,
        description = {"Re-applies every curated script and says how many operations changed anything: to the running domain "
                + "through its domain controller, or with --offline to the configuration files of a stopped, provisioned topology.",
            "Every script is idempotent: a second apply reports no change."})
final class ApplyCommand implements Runnable {

    @ParentCommand
    private Steadfast steadfast;

    @Option(names = "--offline", description = "Apply to the hosts' configuration files; the domain must be down.")
    private boolean offline;

    @Mixin
    private TopologyOption topology;

    @Mixin
    private DatabaseOptions database;

    @Override
    public void run() {
        if (offline) {
            steadfast.domain().applyOffline(topology.topology, database.choice());
        } else {
            steadfast.domain().apply();
        }
    }
}
