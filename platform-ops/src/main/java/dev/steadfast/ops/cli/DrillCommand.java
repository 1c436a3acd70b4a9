package dev.steadfast.ops.cli;

import java.nio.file.Path;
import java.time.Duration;

import dev.steadfast.ops.UserError;
import dev.steadfast.ops.domain.DrillKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "drill", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Injects a fault into an application server of the running domain while sessions write counters through "
                + "the balancer, and reports what users saw: failed requests by status, acknowledged writes lost, sessions reset, "
                + "time to detect, to live, to ready and to redundant, latency; as JSON, Markdown and an SVG timeline.",
            "kill: kill -9 of the server's JVM. hang: SIGSTOP for 20 s, then SIGCONT. hang-then-kill: a hang, then, once "
                + "redundant again, kill -9 of the other server. crash-loop: kill -9 each time it is back, until the supervisor "
                + "gives up; then it is started again. db-outage: the domain's database down for 20 s "
                + "(as 'steadfast database close', then open): every worker must turn not ready and stay live (no fence), and be "
                + "ready again by itself. rollout: the drill application's next release rolled out with 'steadfast rollout' (release "
                + "2 after 1, 1 after 2): no request may fail and the supervisor must not act. partition: the cluster link "
                + "(JGroups' ports, with nftables) between the server's host and the domain controller's cut for --duration "
                + "seconds (default 40): its supervisor must isolate the server before the cluster splits, start it once the "
                + "link is back, and leave the other side alone. steady: no fault, the load for "
                + "--duration: the supervisor must not act.",
            "A drill starts its fault only when the group is redundant, and fails (exit 1) if an acknowledged write was "
                + "lost, a session reset, a write appeared that nobody made, an answer came back for another request, a "
                + "session could not be read back, or the group did not come back redundant by itself."})
final class DrillCommand implements Runnable {

    @ParentCommand
    private Steadfast steadfast;

    @Parameters(paramLabel = "KIND", description = "kill, hang, hang-then-kill, crash-loop, db-outage, rollout, partition or steady.")
    private String kind;

    @Option(names = "--server", paramLabel = "NAME", description = "The application server to fault; by default the last of the first group.")
    private String server;

    @Option(names = "--sessions", paramLabel = "N", defaultValue = "8", description = "Sessions writing during the drill (default ${DEFAULT-VALUE}).")
    private int sessions;

    @Option(names = "--duration", paramLabel = "SECONDS",
            description = "How long a steady drill runs its load (default 300), or a partition lasts (default 40, at least 25: "
                    + "longer than the cluster takes to split its view).")
    private Integer duration;

    @Option(names = "--report", paramLabel = "DIR", description = "Where the report goes; by default logs/drills of the state directory.")
    private Path report;

    @Override
    public void run() {
        if (sessions < 1 || sessions > 500) {
            throw new UserError("--sessions takes 1 to 500, not " + sessions + ".");
        }
        DrillKind drill = DrillKind.of(kind);
        boolean partition = drill == DrillKind.PARTITION;
        if (duration != null && !partition && drill != DrillKind.STEADY) {
            throw new UserError("--duration goes with the steady and partition drills only.");
        }
        int seconds = duration != null ? duration : partition ? 40 : 300;
        if (partition && (seconds < 25 || seconds > 3600)) {
            throw new UserError("--duration takes 25 to 3600 seconds for a partition (longer than the cluster takes to split), not " + seconds + ".");
        }
        if (seconds < 1 || seconds > 86_400) {
            throw new UserError("--duration takes 1 to 86400 seconds, not " + seconds + ".");
        }
        steadfast.domain().drill(drill, server, sessions, Duration.ofSeconds(seconds), report);
    }
}
