package dev.steadfast.ops.supervision;

import dev.steadfast.ops.health.HttpsProbe.Reply;

/**
 * Whether this host is cut off from the cluster's side that keeps serving, from one sighting of its link to a peer
 * on the domain controller's host per round, with no side effect of its own (so the rule is tested without a
 * network):
 * <ul>
 *   <li>the link is cut after {@code misses} silent rounds in a row while the domain controller reports the peer
 *       {@code STARTED}, or does not answer at all (a host that reaches neither the peer's cluster port nor the
 *       domain controller is the isolated side: where the domain controller runs, the balancer runs too);</li>
 *   <li>as many answers in a row end it (a link that flaps does not start and kill the workers each time);</li>
 *   <li>a refusal, or a peer the domain controller reports not running, is no cut: the peer is down, and this side
 *       carries the cluster alone, as after any crash.</li>
 * </ul>
 */
final class LinkWatch {

    /** One round: the domain controller's status of the peer (UNKNOWN when it did not answer) and how the link went. */
    record Sight(String peerStatus, Reply reply) {}

    private final int misses;
    /** Rounds in a row that speak against the current state: silent ones while whole, answers while cut. */
    private int against;
    private boolean cut;

    LinkWatch(int misses) {
        this.misses = misses;
    }

    /** Whether, after this round, the link counts as cut. */
    boolean cut(Sight sight) {
        boolean peerRuns = "STARTED".equals(sight.peerStatus()) || "UNKNOWN".equals(sight.peerStatus());
        boolean silent = sight.reply() == Reply.SILENT && peerRuns;
        if (!cut) {
            against = silent ? against + 1 : 0;
        } else if (silent) {
            against = 0;
        } else if (sight.reply() == Reply.ANSWERED) {
            against++;
        } else {
            // The peer is down, or its host refuses: no cut, this side carries the cluster alone.
            against = misses;
        }
        if (against >= misses) {
            cut = !cut;
            against = 0;
        }
        return cut;
    }
}
