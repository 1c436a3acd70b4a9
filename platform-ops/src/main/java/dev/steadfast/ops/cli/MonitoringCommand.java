package dev.steadfast.ops.cli;

import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "monitoring", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Writes what a Prometheus needs to watch the running domain: prometheus.yml with every worker's probe and "
                + "every host's supervisor as targets, over TLS with the monitoring key pair (written beside it as PEM, 0600; "
                + "it opens these figures and nothing else), the alert rules and a Grafana dashboard.",
            "Starts nothing; run prometheus --config.file=DIR/prometheus.yml on a machine that reaches the hosts."})
final class MonitoringCommand implements Runnable {

    @ParentCommand
    private Steadfast steadfast;

    @Spec
    private CommandSpec spec;

    @Option(names = "--output", required = true, paramLabel = "DIR",
            description = "Where to write: a new or empty directory, or one written here before (made 0700: it holds the monitoring key).")
    private Path output;

    @Option(names = "--scrape-interval", paramLabel = "SECONDS", defaultValue = "15",
            description = "How often Prometheus scrapes each target and evaluates the rules, 1 to 300 (default: ${DEFAULT-VALUE}).")
    private int scrapeSeconds;

    @Override
    public void run() {
        if (scrapeSeconds < 1 || scrapeSeconds > 300) {
            throw new ParameterException(spec.commandLine(), "--scrape-interval must be between 1 and 300 seconds, not " + scrapeSeconds + ".");
        }
        steadfast.domain().monitoring(output, scrapeSeconds);
    }
}
