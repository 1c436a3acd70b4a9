package dev.steadfast.ops.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "down", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Suspends and drains every server, stops them and the host controllers, then stops exactly the "
                + "processes up started, by process id.")
final class DownCommand implements Runnable {

    @ParentCommand
    private Steadfast steadfast;

    @Override
    public void run() {
        steadfast.domain().down();
    }
}
