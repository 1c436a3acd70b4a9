package dev.steadfast.ops.supervision;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import dev.steadfast.ops.health.HttpsProbe;

/**
 * What the supervisor decides for one server from what it sees at each probe, with no side effect of its own (so the
 * rules are tested without a domain):
 * <ul>
 *   <li>started and answering: nothing (and a server given up on that an operator brought back is watched again);</li>
 *   <li>started and silent (no answer within the read time-out) on {@code misses} probes in a row: fence it (kill,
 *       then start). A refused connection or a failed handshake is no hang and counts neither way, so a broken key
 *       or listener never gets every worker killed; nor does a round where the domain controller did not answer;</li>
 *   <li>stopped while its configuration says {@code auto-start}, on two probes in a row (a {@code :restart} passes
 *       through stopped for a moment): it crashed, start it. WildFly's model cannot tell a crash from an operator's
 *       {@code :stop}, so, as Pacemaker's target role, the declared state decides: an operator who stops a server on
 *       purpose sets {@code auto-start=false} first;</li>
 *   <li>starting, stopping, or stopped with {@code auto-start=false}: nothing;</li>
 *   <li>a restart or fence beyond {@code restartLimit} within {@code restartWindow} is a crash loop: the server is
 *       killed if it still runs and left stopped, once, until an operator starts it;</li>
 *   <li>a worker whose host is cut off from the domain controller's side of the cluster ({@link LinkWatch}) is
 *       isolated: killed if it runs or boots (or, once, if the domain controller cannot say), kept stopped while the
 *       cut lasts, and started once the link is back, so that it joins the cluster afresh instead of merging with it;
 *       unless an operator stopped it meanwhile ({@code auto-start=false}). Isolation is no crash and counts towards
 *       no loop.</li>
 * </ul>
 */
final class ServerWatch {

    enum Action { NONE, FENCE, RESTART, GIVE_UP, ISOLATE, REJOIN }

    /**
     * What one probe round saw: the host controller's status of the server (UNKNOWN when the domain controller did not
     * answer), its auto-start, how its probe went (probed only when STARTED), and whether its host is cut off from
     * the domain controller's side of the cluster (always false for the balancer and on that side itself).
     */
    record Sight(String status, boolean autoStart, HttpsProbe.Reply reply, boolean cutOff) {

        Sight(String status, boolean autoStart, HttpsProbe.Reply reply) {
            this(status, autoStart, reply, false);
        }
    }

    private final SupervisorSettings settings;
    private final Deque<Instant> restarts = new ArrayDeque<>();
    private int misses;
    private int stoppedSightings;
    private boolean givenUp;
    private boolean isolated;

    ServerWatch(SupervisorSettings settings) {
        this.settings = settings;
    }

    Action observe(Sight sight, Instant now) {
        if (sight.cutOff()) {
            misses = 0;
            stoppedSightings = 0;
            // A booting server would form a cluster of its own; and where the domain controller does not answer
            // either (UNKNOWN), the JVM that may run here is killed all the same, once.
            if (List.of("STARTED", "STARTING").contains(sight.status()) || "UNKNOWN".equals(sight.status()) && !isolated) {
                isolated = true;
                return Action.ISOLATE;
            }
            return Action.NONE;
        }
        if (isolated && List.of("STOPPED", "FAILED").contains(sight.status())) {
            isolated = false;
            return sight.autoStart() ? Action.REJOIN : Action.NONE;
        }
        switch (sight.status()) {
            case "STARTED" -> {
                isolated = false;
                stoppedSightings = 0;
                if (sight.reply() == HttpsProbe.Reply.ANSWERED) {
                    misses = 0;
                    givenUp = false;
                    return Action.NONE;
                }
                if (sight.reply() != HttpsProbe.Reply.SILENT || givenUp || ++misses < settings.misses()) {
                    return Action.NONE;
                }
                misses = 0;
                return restartOrGiveUp(Action.FENCE, now);
            }
            case "STOPPED", "FAILED" -> {
                misses = 0;
                if (!sight.autoStart() || givenUp || ++stoppedSightings < 2) {
                    return Action.NONE;
                }
                stoppedSightings = 0;
                return restartOrGiveUp(Action.RESTART, now);
            }
            case "UNKNOWN" -> {
                // The domain controller did not answer in time: no news of the server, so no count starts again.
                return Action.NONE;
            }
            default -> {
                isolated = !"DISABLED".equals(sight.status()) && isolated;
                misses = 0;
                stoppedSightings = 0;
                return Action.NONE;
            }
        }
    }

    boolean givenUp() {
        return givenUp;
    }

    private Action restartOrGiveUp(Action action, Instant now) {
        while (!restarts.isEmpty() && restarts.peekFirst().isBefore(now.minus(settings.restartWindow()))) {
            restarts.removeFirst();
        }
        if (restarts.size() >= settings.restartLimit()) {
            givenUp = true;
            restarts.clear();
            return Action.GIVE_UP;
        }
        restarts.addLast(now);
        return action;
    }
}
