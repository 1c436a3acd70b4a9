package dev.steadfast.ops.cli;

import picocli.CommandLine.Option;

/** {@code --topology}: which topology a command provisions or starts. */
final class TopologyOption {

    @Option(names = "--topology", paramLabel = "NAME|FILE", defaultValue = "local",
            description = "A topology of wildfly-config/topologies, or a .properties file of the same form (default: ${DEFAULT-VALUE}).")
    String topology;
}
