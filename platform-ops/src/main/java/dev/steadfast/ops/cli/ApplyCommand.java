package dev.steadfast.ops.cli;

import dev.steadfast.ops.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

@Command(name = "apply", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Re-applies every curated script and says how many operations changed anything: to the running domain "
                + "through its domain controller, or with --offline to the configuration files of a stopped, provisioned topology.",
            "Every script is idempotent: a second apply reports no change. On the running domain, the servers whose new "
                + "configuration waits for a restart then get it: application servers one at a time, each out of the balancer, "
                + "restarted and back in only once it is ready and its group redundant (as 'steadfast restart'); the balancer by a reload. "
                + "A steadfast-probe.war an earlier release deployed is replaced on every application server at once (it holds no sessions)."})
final class ApplyCommand implements Runnable {

    @ParentCommand
    private Steadfast steadfast;

    @Option(names = "--offline", description = "Apply to the hosts' configuration files; the domain must be down.")
    private boolean offline;

    @Mixin
    private TopologyOptions options;

    @Option(names = "--ready-within", paramLabel = "SECONDS", defaultValue = "180",
            description = "How long each restarted application server gets to be ready and its group redundant (default ${DEFAULT-VALUE}).")
    private int readyWithin;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        ParseResult given = spec.commandLine().getParseResult();
        if (!offline && spec.mixins().get("options").options().stream().anyMatch(given::hasMatchedOption)) {
            throw new UserError("--topology and the database options go with --offline only; the running domain keeps those it was started with.");
        }
        if (offline) {
            steadfast.domain().applyOffline(options.topology, options.choice());
        } else {
            steadfast.domain().apply(RollingOptions.readyWithin(readyWithin));
        }
    }
}
