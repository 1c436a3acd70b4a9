package dev.steadfast.ops.cli;

import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "render", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Writes the curated configuration of a topology (yours: --topology FILE) for the stock jboss-cli.sh of "
                + "your own WildFly 39 hosts: per host the complete, ordered script with every parameter filled in (secrets as "
                + "encrypted expressions), online.cli for a running domain, and what each host's configuration directory needs.",
            "Starts nothing and needs no WildFly here."})
final class RenderCommand implements Runnable {

    @ParentCommand
    private Steadfast steadfast;

    @Option(names = "--output", required = true, paramLabel = "DIR",
            description = "Where to write (made 0700; it keeps the generated secrets: render again into it for the same scripts).")
    private Path output;

    @Mixin
    private TopologyOptions options;

    @Override
    public void run() {
        steadfast.domain().render(options.topology, options.choice(), output);
    }
}
