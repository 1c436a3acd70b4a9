package dev.steadfast.ops.cli;

import java.io.PrintStream;
import java.io.PrintWriter;

import dev.steadfast.ops.domain.Domain;
import dev.steadfast.ops.domain.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code steadfast}: the entry point of bin/steadfast, and the parent of its commands. */
@Command(name = "steadfast", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Brings a WildFly HA domain up on this machine, shows its status, deploys to it, rolls new versions "
                + "and restarts through it one server at a time, applies the curated configuration to it, drills its faults and "
                + "brings it down.",
        subcommands = {UpCommand.class, StatusCommand.class, DeployCommand.class, RolloutCommand.class, RestartCommand.class, ProvisionCommand.class,
            ApplyCommand.class, DownCommand.class, RenderCommand.class, MonitoringCommand.class, ImageCommand.class, RotateAuditKeyCommand.class, SuperviseCommand.class, DrillCommand.class, DatabaseCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"", "State (secrets, hosts, logs): $STEADFAST_STATE, by default ~/.local/state/steadfast.",
            "Library log lines go to its logs/steadfast.log, never to the terminal."})
public final class Steadfast implements Runnable {

    static final String COMMANDS = "up, status, deploy, rollout, restart, provision, apply, down, render, monitoring, image, rotate-audit-key, supervise and drill";

    private final Workspace workspace;
    private final PrintStream out;

    @Spec
    private CommandSpec spec;

    private Steadfast(Workspace workspace, PrintStream out) {
        this.workspace = workspace;
        this.out = out;
    }

    public static void main(String[] args) {
        Workspace workspace = Launch.workspace();
        Launch.routeLibraryLogging(workspace);
        System.exit(run(args, System.out, System.err, workspace));
    }

    /** Runs one command line; returns the exit code: 0 done, 1 the platform failed, 2 the user's mistake. */
    public static int run(String[] args, PrintStream out, PrintStream err, Workspace workspace) {
        return commandLine(workspace, out, err).execute(args);
    }

    static CommandLine commandLine(Workspace workspace, PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new Steadfast(workspace, out));
        // An argument starting with @ is an argument, never a file of arguments to read.
        cl.setExpandAtFiles(false);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setParameterExceptionHandler(new Errors(err));
        cl.setExecutionExceptionHandler(new Errors(err));
        return cl;
    }

    /** Without a command there is nothing to do: the user's mistake. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }

    Domain domain() {
        return new Domain(workspace, out);
    }
}
