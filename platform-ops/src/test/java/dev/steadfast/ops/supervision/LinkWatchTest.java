package dev.steadfast.ops.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.steadfast.ops.health.HttpsProbe.Reply;
import dev.steadfast.ops.supervision.LinkWatch.Sight;

/** When a host counts as cut off from the domain controller's side, round by round, with the default 3 misses. */
class LinkWatchTest {

    private static final Sight ANSWERED = new Sight("STARTED", Reply.ANSWERED);
    private static final Sight SILENT = new Sight("STARTED", Reply.SILENT);
    private static final Sight SILENT_AND_NO_DOMAIN_CONTROLLER = new Sight("UNKNOWN", Reply.SILENT);
    private static final Sight REFUSED = new Sight("STARTED", Reply.REFUSED);
    private static final Sight PEER_STOPPED = new Sight("STOPPED", null);

    private final LinkWatch watch = new LinkWatch(3);

    @Test
    void threeSilentRoundsInARowToARunningPeerAreACutAndThreeAnswersInARowEndIt() {
        assertEquals(List.of(false, false, true, true, true, true, true, true, false),
                see(SILENT, SILENT, SILENT, SILENT, ANSWERED, SILENT, ANSWERED, ANSWERED, ANSWERED));
    }

    @Test
    void aCutEndsAtOnceWhenThePeerTurnsOutToBeDown() {
        assertEquals(List.of(false, false, true, false), see(SILENT, SILENT, SILENT, PEER_STOPPED));
    }

    @Test
    void aHostThatReachesNeitherThePeerNorTheDomainControllerIsCutOff() {
        assertEquals(List.of(false, false, true), see(SILENT, SILENT_AND_NO_DOMAIN_CONTROLLER, SILENT_AND_NO_DOMAIN_CONTROLLER));
    }

    @Test
    void anAnswerBetweenSilentRoundsStartsTheCountAgain() {
        assertEquals(List.of(false, false, false, false, false, true), see(SILENT, SILENT, ANSWERED, SILENT, SILENT, SILENT));
    }

    @Test
    void aPeerThatIsDownIsNoCutThisSideCarriesTheClusterAlone() {
        assertEquals(List.of(false, false, false, false, false), see(SILENT, SILENT, PEER_STOPPED, REFUSED, REFUSED));
    }

    private List<Boolean> see(Sight... sights) {
        List<Boolean> cut = new ArrayList<>();
        for (Sight s : sights) {
            cut.add(watch.cut(s));
        }
        return cut;
    }
}
