package dev.steadfast.ops.drill;

import java.nio.file.Path;
import java.util.List;

import dev.steadfast.ops.DistributableWar;

/**
 * The session counter ({@code dev.steadfast.ops.probe.SessionCounter}, its session class {@code SessionCount}) and a readiness check on the domain's database
 * ({@code dev.steadfast.ops.probe.DatabaseReadiness}) as steadfast-drill.war, distributable so that its sessions
 * replicate, the same bytes each time ({@link DistributableWar}). Its context root is /steadfast-drill.
 */
public final class DrillApp {

    public static final String NAME = "steadfast-drill.war";
    /** The counter's path through the balancer. */
    public static final String COUNTER_PATH = "/steadfast-drill/counter";
    /** The header whose plain-word value the counter echoes as {@code request=ID}, so a client knows its own answer. */
    public static final String REQUEST_HEADER = "X-Steadfast-Request";

    private DrillApp() {}

    /** Writes release 1 of steadfast-drill.war into dir, replacing one already there; returns its path. */
    public static Path write(Path dir) {
        return write(dir, 1);
    }

    /**
     * Writes a release of steadfast-drill.war into dir: the same classes, the release's number in the display name, so
     * that each release is content of its own, which {@code steadfast drill rollout} rolls out in turn.
     */
    public static Path write(Path dir, int release) {
        return DistributableWar.write(dir.resolve(NAME), List.of("dev/steadfast/ops/probe/SessionCounter.class", "dev/steadfast/ops/probe/SessionCount.class",
                "dev/steadfast/ops/probe/DatabaseReadiness.class"), "steadfast-drill, release " + release);
    }
}
