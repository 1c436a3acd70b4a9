package dev.steadfast.ops.drill;

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
 *   <li>above the range, writes appeared that nobody made: <em>phantom</em> writes, which a correct server never has.</li>
 * </ul>
 * A write's answer is judged by the count before it (its count less one). Called by one user's thread at a time; the
 * methods are synchronized so that a report taken while the load runs reads whole numbers.
 */
final class SessionLedger {

    private boolean created;
    private int acked;
    private int failedSinceAck;
    private long acknowledgedWrites;
    private long lost;
    private long resets;
    private long phantoms;

    /** A request that had no answer, a non-2xx one or one that said no count. */
    synchronized void failed(Kind kind) {
        if (kind == Kind.WRITE) {
            failedSinceAck++;
        }
    }

    synchronized void answered(Kind kind, CounterAnswer answer) {
        if (answer.created() && created) {
            resets++;
            lost += acked;
            acked = 0;
            failedSinceAck = 0;
        }
        created = true;
        int before = kind == Kind.WRITE ? answer.count() - 1 : answer.count();
        if (before < acked) {
            lost += acked - before;
            acked = before;
            failedSinceAck = 0;
        } else if (before > acked + failedSinceAck) {
            phantoms += before - (acked + failedSinceAck);
            failedSinceAck = before - acked;
        }
        if (kind == Kind.WRITE) {
            acknowledgedWrites++;
            acked = answer.count();
            failedSinceAck = 0;
        }
    }

    synchronized Tally tally() {
        return new Tally(acknowledgedWrites, lost, resets, phantoms);
    }

    /** The counts of one ledger, or of all of them added up. */
    record Tally(long acknowledgedWrites, long lost, long resets, long phantoms) {

        static final Tally ZERO = new Tally(0, 0, 0, 0);

        Tally plus(Tally o) {
            return new Tally(acknowledgedWrites + o.acknowledgedWrites, lost + o.lost, resets + o.resets,
                    phantoms + o.phantoms);
        }
    }
}
