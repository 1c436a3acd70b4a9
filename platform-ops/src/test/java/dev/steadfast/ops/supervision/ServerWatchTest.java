package dev.steadfast.ops.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.steadfast.ops.health.HttpsProbe.Reply;
import dev.steadfast.ops.supervision.ServerWatch.Action;
import dev.steadfast.ops.supervision.ServerWatch.Sight;

/** The supervisor's decisions, sighting by sighting, with the default settings (3 misses, 3 restarts within 2 min). */
class ServerWatchTest {

    private static final Sight ANSWERS = new Sight("STARTED", true, Reply.ANSWERED);
    private static final Sight SILENT = new Sight("STARTED", true, Reply.SILENT);
    private static final Sight REFUSED = new Sight("STARTED", true, Reply.REFUSED);
    private static final Sight UNKNOWN = new Sight("UNKNOWN", false, null);
    private static final Sight CRASHED = new Sight("STOPPED", true, null);
    private static final Sight STOPPED_ON_PURPOSE = new Sight("DISABLED", false, null);
    private static final Sight STARTING = new Sight("STARTING", true, null);
    private static final Sight CUT_OFF = new Sight("STARTED", true, Reply.ANSWERED, true);
    private static final Sight KEPT_STOPPED = new Sight("STOPPED", true, null, true);
    private static final Sight BOOTING_CUT_OFF = new Sight("STARTING", true, null, true);
    private static final Sight CUT_OFF_AND_NO_DOMAIN_CONTROLLER = new Sight("UNKNOWN", false, null, true);
    private static final Sight STOPPED_AUTO_START_OFF = new Sight("STOPPED", false, null);

    private final ServerWatch watch = new ServerWatch(SupervisorSettings.DEFAULT);
    private Instant now = Instant.parse("2026-11-30T12:00:00Z");

    @Test
    void aServerThatMissesThreeProbesInARowIsFencedOnTheThird() {
        assertEquals(List.of(Action.NONE, Action.NONE, Action.FENCE), see(SILENT, SILENT, SILENT));
    }

    @Test
    void oneAnswerBetweenMissesStartsTheCountAgain() {
        assertEquals(List.of(Action.NONE, Action.NONE, Action.NONE, Action.NONE, Action.NONE, Action.FENCE),
                see(SILENT, SILENT, ANSWERS, SILENT, SILENT, SILENT));
    }

    @Test
    void refusedConnectionsAndFailedHandshakesAreNoHangAndNeverFence() {
        assertEquals(List.of(Action.NONE, Action.NONE, Action.NONE, Action.NONE, Action.NONE), see(REFUSED, REFUSED, REFUSED, REFUSED, REFUSED));
    }

    @Test
    void aRoundWithoutAnAnswerFromTheDomainControllerNeitherCountsNorStartsTheCountAgain() {
        assertEquals(List.of(Action.NONE, Action.NONE, Action.NONE, Action.FENCE), see(SILENT, UNKNOWN, SILENT, SILENT));
    }

    @Test
    void aBootingServerIsNeverProbedIntoAFence() {
        assertEquals(List.of(Action.NONE, Action.NONE, Action.NONE, Action.NONE), see(STARTING, STARTING, STARTING, STARTING));
    }

    @Test
    void aServerStoppedWhileItShouldRunIsRestartedOnTheSecondSighting() {
        assertEquals(List.of(Action.NONE, Action.NONE, Action.RESTART), see(ANSWERS, CRASHED, CRASHED));
    }

    @Test
    void aServerPassingThroughStoppedDuringARestartIsLeftAlone() {
        assertEquals(List.of(Action.NONE, Action.NONE, Action.NONE, Action.NONE), see(ANSWERS, CRASHED, STARTING, ANSWERS));
    }

    @Test
    void aServerAnOperatorStoppedWithAutoStartFalseStaysStopped() {
        assertEquals(List.of(Action.NONE, Action.NONE, Action.NONE), see(STOPPED_ON_PURPOSE, STOPPED_ON_PURPOSE, STOPPED_ON_PURPOSE));
    }

    @Test
    void theFourthRestartWithinTheWindowIsACrashLoopAndNothingMoreIsDone() {
        List<Action> actions = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            actions.addAll(see(ANSWERS, CRASHED, CRASHED));
        }
        assertEquals(List.of(Action.RESTART, Action.RESTART, Action.RESTART, Action.GIVE_UP),
                actions.stream().filter(a -> a != Action.NONE).toList());
        assertTrue(watch.givenUp());
        assertEquals(List.of(Action.NONE, Action.NONE, Action.NONE), see(CRASHED, CRASHED, CRASHED));
    }

    @Test
    void fencesCountTowardsTheCrashLoopLikeRestarts() {
        List<Action> actions = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            actions.addAll(see(ANSWERS, SILENT, SILENT, SILENT));
        }
        assertEquals(List.of(Action.FENCE, Action.FENCE, Action.FENCE, Action.GIVE_UP),
                actions.stream().filter(a -> a != Action.NONE).toList());
    }

    @Test
    void restartsOlderThanTheWindowNoLongerCount() {
        List<Action> actions = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            actions.addAll(see(ANSWERS, CRASHED, CRASHED));
            now = now.plus(Duration.ofSeconds(50));
        }
        assertEquals(List.of(Action.RESTART), actions.stream().filter(a -> a != Action.NONE).distinct().toList(),
                "a crash every 50 s is three within two minutes, never four");
    }

    @Test
    void aServerGivenUpOnIsWatchedAgainOnceAnOperatorStartedItAndItAnswers() {
        for (int i = 0; i < 4; i++) {
            see(ANSWERS, CRASHED, CRASHED);
        }
        assertTrue(watch.givenUp());
        see(STARTING, ANSWERS);
        assertFalse(watch.givenUp());
        assertEquals(List.of(Action.NONE, Action.RESTART), see(CRASHED, CRASHED));
    }

    @Test
    void aWorkerCutOffFromTheDomainControllersSideIsIsolatedKeptStoppedWhileTheCutLastsAndStartedOnceItEnds() {
        assertEquals(List.of(Action.ISOLATE, Action.NONE, Action.NONE, Action.NONE, Action.REJOIN),
                see(CUT_OFF, KEPT_STOPPED, KEPT_STOPPED, KEPT_STOPPED, CRASHED));
    }

    @Test
    void isolationIsNoCrashAndCountsTowardsNoCrashLoop() {
        List<Action> actions = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            actions.addAll(see(ANSWERS, CUT_OFF, KEPT_STOPPED, CRASHED, STARTING));
        }
        assertEquals(List.of(Action.ISOLATE, Action.REJOIN), actions.stream().filter(a -> a != Action.NONE).distinct().toList());
        assertFalse(watch.givenUp());
    }

    @Test
    void aWorkerAnOperatorStoppedWhileIsolatedStaysStoppedWhenTheLinkReturns() {
        assertEquals(List.of(Action.ISOLATE, Action.NONE, Action.NONE, Action.NONE),
                see(CUT_OFF, KEPT_STOPPED, STOPPED_AUTO_START_OFF, STOPPED_AUTO_START_OFF));
    }

    @Test
    void aWorkerBootingWhileCutOffIsIsolatedBeforeItCanFormAClusterOfItsOwn() {
        assertEquals(List.of(Action.ISOLATE, Action.NONE, Action.REJOIN), see(BOOTING_CUT_OFF, KEPT_STOPPED, CRASHED));
    }

    @Test
    void whereTheDomainControllerCannotSayTheWorkerIsIsolatedOnceAndStartedWhenItCanAgainAndTheLinkIsBack() {
        assertEquals(List.of(Action.ISOLATE, Action.NONE, Action.NONE, Action.REJOIN),
                see(CUT_OFF_AND_NO_DOMAIN_CONTROLLER, CUT_OFF_AND_NO_DOMAIN_CONTROLLER, KEPT_STOPPED, CRASHED));
    }

    private List<Action> see(Sight... sights) {
        List<Action> actions = new ArrayList<>();
        for (Sight s : sights) {
            actions.add(watch.observe(s, now));
            now = now.plusSeconds(1);
        }
        return actions;
    }
}
