package dev.steadfast.ops.cli;

import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "supervise", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Watches the servers of one host until stopped (SIGTERM): restarts a server that crashed, fences (kills, "
                + "then starts) one that stops answering before the cluster could drop it from its view, and gives up on a "
                + "crash loop. 'up' starts one per host and 'down' stops them first; on a real host a service manager runs it."})
final class SuperviseCommand implements Runnable {

    @ParentCommand
    private Steadfast steadfast;

    @Option(names = "--host", required = true, paramLabel = "NAME", description = "The host whose servers to watch.")
    private String host;

    @Option(names = "--topology", paramLabel = "NAME|FILE",
            description = "The domain's topology; by default the one 'up' started.")
    private String topology;

    @Option(names = "--base-dir", paramLabel = "DIR",
            description = "The host controller's jboss.domain.base.dir, which tells its servers' JVMs from others; by default "
                    + "where 'up' keeps the host.")
    private Path baseDir;

    @Override
    public void run() {
        steadfast.domain().supervise(host, topology, baseDir);
    }
}
