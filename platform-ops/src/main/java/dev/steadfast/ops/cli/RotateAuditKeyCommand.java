package dev.steadfast.ops.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "rotate-audit-key", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Generates the next version of the key that seals the applications' audit chain, keeping every "
                + "older version so the records they sealed still verify.",
            "The servers seal with it once the scripts are applied again ('steadfast apply', or the next 'up')."})
final class RotateAuditKeyCommand implements Runnable {

    @ParentCommand
    private Steadfast steadfast;

    @Override
    public void run() {
        steadfast.domain().rotateAuditKey();
    }
}
