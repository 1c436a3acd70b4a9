package dev.steadfast.ops.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import dev.steadfast.ops.drill.RequestRecord.Kind;
import dev.steadfast.ops.drill.SessionLedger.Tally;
import org.junit.jupiter.api.Test;

/** The integrity rules of one session, answer by answer, with no HTTP. */
class SessionLedgerTest {

    private final SessionLedger ledger = new SessionLedger(1);

    @Test
    void theFirstNewSessionIsNoReset() {
        write(1, true);
        read(1, false);
        assertEquals(counts(1, 0, 0, 0), counts(ledger.tally()));
    }

    @Test
    void aNewSessionAfterOneWasCreatedIsAResetThatLosesItsAcknowledgedWrites() {
        write(1, true);
        write(2, false);
        read(0, true);
        write(1, false);
        assertEquals(counts(3, 2, 1, 0), counts(ledger.tally()));
    }

    @Test
    void aResetAnsweredToAWriteStartsTheNewSessionAtThatWrite() {
        write(1, true);
        write(2, false);
        write(1, true);
        read(1, false);
        assertEquals(counts(3, 2, 1, 0), counts(ledger.tally()));
    }

    @Test
    void failedWritesMayOrMayNotHaveAppliedButNoMore() {
        write(1, true);
        ledger.failed(Kind.WRITE);
        ledger.failed(Kind.WRITE);
        read(3, false);
        read(1, false);
        assertEquals(counts(1, 0, 0, 0), counts(ledger.tally()), "between acked and acked + 2: no loss, no phantom");
        read(4, false);
        assertEquals(counts(1, 0, 0, 1), counts(ledger.tally()));
    }

    @Test
    void aFailedWriteThatAppliesOnlyAfterALaterAcknowledgedOneIsNoPhantom() {
        write(1, true);
        ledger.failed(Kind.WRITE);
        write(2, false);
        read(3, false);
        assertEquals(counts(2, 0, 0, 0), counts(ledger.tally()), "the failed write applied late, once");
        read(4, false);
        assertEquals(counts(2, 0, 0, 1), counts(ledger.tally()), "but only once");
    }

    @Test
    void aCountBelowTheAcknowledgedOneLosesTheDifferenceOnceAndBecomesTheBaseline() {
        write(1, true);
        write(2, false);
        write(3, false);
        read(1, false);
        read(1, false);
        write(2, false);
        assertEquals(counts(4, 2, 0, 0), counts(ledger.tally()));
    }

    @Test
    void aWriteIsJudgedByTheCountBeforeIt() {
        write(1, true);
        write(2, false);
        write(2, false);
        assertEquals(counts(3, 1, 0, 0), counts(ledger.tally()), "the counter was 1 before the third write: one lost");
        write(5, false);
        assertEquals(counts(4, 1, 0, 2), counts(ledger.tally()), "the lost write cannot come back over a write that did not count it");
    }

    @Test
    void aResetForgetsTheWritesSeenLostSoTheyCannotExcuseAPhantomInTheNewSession() {
        write(1, true);
        write(2, false);
        read(1, false);
        read(0, true);
        read(1, false);
        assertEquals(1, ledger.tally().phantoms());
    }

    @Test
    void aWriteSeenLostThatComesBackIsNoPhantomAndStaysCountedLost() {
        write(1, true);
        write(2, false);
        read(1, false);
        write(3, false);
        read(3, false);
        assertEquals(counts(3, 1, 0, 0), counts(ledger.tally()));
        assertEquals(2, ledger.tally().findings().size(), "the loss, then its return: " + ledger.tally().findings());
    }

    @Test
    void aFailedReadChangesNothing() {
        write(1, true);
        ledger.failed(Kind.READ);
        read(1, false);
        assertEquals(counts(1, 0, 0, 0), counts(ledger.tally()));
    }

    private void write(int count, boolean created) {
        ledger.answered(Kind.WRITE, new CounterAnswer(count, "n", created, null), 0);
    }

    private void read(int count, boolean created) {
        ledger.answered(Kind.READ, new CounterAnswer(count, "n", created, null), 0);
    }

    private static List<Long> counts(long acknowledged, long lost, long resets, long phantoms) {
        return List.of(acknowledged, lost, resets, phantoms);
    }

    private static List<Long> counts(Tally t) {
        return List.of(t.acknowledgedWrites(), t.lost(), t.resets(), t.phantoms());
    }
}
