package dev.steadfast.ops.drill;

import java.util.ArrayList;
import java.util.List;

import dev.steadfast.ops.drill.RequestRecord.Kind;

/**
 * What one virtual user knows of its counter, and what it found wrong. The count the last acknowledged write answered
 * is {@code acked}; a write that failed since may or may not have applied, so the counter may be anything from acked
 * to acked + failedSinceAck, and never less. Each answer is judged against that range:
 * <ul>
 *   <li>new=true for a session already created is a <em>reset</em>: the acked writes went with the session; the new
 *       session is a fresh start;</li>
 *   <li>below the range, acknowledged writes were <em>lost</em>: as many as it is below; the count seen is the new
 *       baseline;</li>
 *   <li>above the range by no more than the writes seen lost since the last acknowledged write, those writes came
 *       back (a copy that had not seen them answered, then one that had): a finding, no phantom, and they stay
 *       counted lost (a user saw them gone);</li>
 *   <li>above that, writes appeared that nobody made: <em>phantom</em> writes, which a correct server never has.</li>
 * </ul>
 * An answer that names another request than the one it came back for is <em>misdelivered</em>: it is not judged (its
 * count is some other request's), the attempt counts as failed, and a correct balancer never has one.
 * A write's answer is judged by the count before it (its count less one). Called by one user's thread at a time; the
 * methods are synchronized so that a report taken while the load runs reads whole numbers.
 */
final class SessionLedger {

    private final int session;
    private final List<String> findings = new ArrayList<>();
    private final List<LostAck> lostAcks = new ArrayList<>();
    private boolean created;
    private String ackedNode = "";
    private long ackedAtMillis;
    private int acked;
    private int failedSinceAck;
    /** Acknowledged writes a read did not see: lost, unless they come back. */
    private int hidden;
    private long acknowledgedWrites;
    private long lost;
    private long resets;
    private long phantoms;
    private long misdelivered;

    SessionLedger(int session) {
        this.session = session;
    }

    /** A request that had no answer, a non-2xx one or one that said no count. */
    synchronized void failed(Kind kind) {
        if (kind == Kind.WRITE) {
            failedSinceAck++;
        }
    }

    /** An answer with a count, received {@code atMillis} after the load started. */
    synchronized void answered(Kind kind, CounterAnswer answer, long atMillis) {
        if (answer.created() && created) {
            find(atMillis, kind, answer, "a new session: the " + acked + " acknowledged writes went with the old one");
            resets++;
            lost += acked;
            acked = 0;
            failedSinceAck = 0;
            hidden = 0;
        }
        created = true;
        int before = kind == Kind.WRITE ? answer.count() - 1 : answer.count();
        if (before < acked) {
            find(atMillis, kind, answer, "counted " + before + " before it, " + acked + " had been acknowledged, the last by "
                    + ackedNode + String.format(" at %.3f s", ackedAtMillis / 1000.0));
            lostAcks.add(new LostAck(ackedNode, ackedAtMillis, acked - before));
            lost += acked - before;
            hidden += acked - before;
            acked = before;
            failedSinceAck = 0;
        } else if (before > acked + failedSinceAck) {
            int back = Math.min(hidden, before - (acked + failedSinceAck));
            hidden -= back;
            if (back > 0) {
                find(atMillis, kind, answer, "counted " + before + " before it: " + back + " writes seen lost before came back");
            }
            if (before > acked + failedSinceAck + back) {
                find(atMillis, kind, answer, "counted " + before + " before it, at most " + (acked + failedSinceAck + back) + " were written");
                phantoms += before - (acked + failedSinceAck + back);
            }
            failedSinceAck = before - acked;
        }
        if (kind == Kind.WRITE) {
            acknowledgedWrites++;
            // A write answered by a copy that had not seen the lost ones: that copy is the counter now, they cannot come back.
            if (before <= acked) {
                hidden = 0;
            }
            // A failed write not yet seen applied may still apply after this one (it waited on a lock the fault held):
            // it stays possible. Those this answer counts in (before - acked) are used up.
            failedSinceAck = Math.max(0, failedSinceAck - (before - acked));
            acked = answer.count();
            ackedNode = answer.node();
            ackedAtMillis = atMillis;
        }
    }

    /** An answer that came back for the request {@code sent} and named another. */
    synchronized void misdelivered(Kind kind, CounterAnswer answer, String sent, long atMillis) {
        find(atMillis, kind, answer, "the answer of request " + answer.request() + " (count=" + answer.count()
                + ") came back for request " + sent);
        misdelivered++;
    }

    synchronized Tally tally() {
        return new Tally(acknowledgedWrites, lost, resets, phantoms, misdelivered, List.copyOf(findings),
                List.copyOf(lostAcks));
    }

    /** What was wrong, in words, with when and where: so that a loss can be looked up in the servers' logs. */
    private void find(long atMillis, Kind kind, CounterAnswer answer, String what) {
        findings.add(String.format("session %d, %.1f s: a %s answered by %s: %s", session, atMillis / 1000.0,
                kind == Kind.WRITE ? "write" : "read", answer.node(), what));
    }

    /** The counts of one ledger, or of all of them added up, with what was found wrong. */
    record Tally(long acknowledgedWrites, long lost, long resets, long phantoms, long misdelivered, List<String> findings,
                 List<LostAck> lostAcks) {

        static final Tally ZERO = new Tally(0, 0, 0, 0, 0, List.of(), List.of());

        Tally plus(Tally o) {
            List<String> all = new ArrayList<>(findings);
            all.addAll(o.findings);
            List<LostAck> acks = new ArrayList<>(lostAcks);
            acks.addAll(o.lostAcks);
            return new Tally(acknowledgedWrites + o.acknowledgedWrites, lost + o.lost, resets + o.resets,
                    phantoms + o.phantoms, misdelivered + o.misdelivered, List.copyOf(all), List.copyOf(acks));
        }
    }
}
