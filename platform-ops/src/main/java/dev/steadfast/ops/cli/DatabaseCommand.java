package dev.steadfast.ops.cli;

import dev.steadfast.ops.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "database", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Takes the running domain's database away from its servers as an outage does, or gives it back: the "
                + "servers stay live and turn not ready, and are ready again once it is open.",
            "close: the H2 database steadfast runs is stopped; a PostgreSQL database is closed to connections (ALLOW_CONNECTIONS "
                + "false, as its owner, the domain's database user) and that user's sessions in it are ended. open: started "
                + "again, or opened again; opening an open database changes nothing."})
final class DatabaseCommand implements Runnable {

    @ParentCommand
    private Steadfast steadfast;

    @Parameters(paramLabel = "ACTION", description = "close or open.")
    private String action;

    @Override
    public void run() {
        boolean close = "close".equals(action);
        if (!close && !"open".equals(action)) {
            throw new UserError("Unknown action '" + action + "'; 'steadfast database' takes close or open.");
        }
        steadfast.domain().database(close);
    }
}
