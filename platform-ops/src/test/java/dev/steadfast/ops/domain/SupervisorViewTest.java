package dev.steadfast.ops.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.steadfast.ops.supervision.SupervisorEvent;

/** What {@code status} says of a supervisor's host, from its event log alone. */
class SupervisorViewTest {

    private final List<SupervisorEvent> events = new ArrayList<>();
    private Instant now = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void aHostWhoseLinkIsCutShowsTheCutAndTheServersItIsolated() {
        happen("", SupervisorEvent.LINK_CUT);
        happen("apps-2", SupervisorEvent.ISOLATED);
        happen("apps-4", SupervisorEvent.ISOLATED);
        assertTrue(view().linkCut());
        assertEquals(Set.of("apps-2", "apps-4"), view().isolated());
    }

    @Test
    void onceTheLinkIsBackNoServerIsIsolatedEvenBeforeTheSupervisorStartsItAgain() {
        happen("", SupervisorEvent.LINK_CUT);
        happen("apps-2", SupervisorEvent.ISOLATED);
        happen("", SupervisorEvent.LINK_BACK);
        assertFalse(view().linkCut());
        assertEquals(Set.of(), view().isolated());
        happen("apps-2", SupervisorEvent.REJOINED);
        assertEquals(Set.of(), view().isolated());
    }

    @Test
    void aSecondCutShowsOnlyTheServersIsolatedForIt() {
        happen("", SupervisorEvent.LINK_CUT);
        happen("apps-2", SupervisorEvent.ISOLATED);
        happen("apps-4", SupervisorEvent.ISOLATED);
        happen("", SupervisorEvent.LINK_BACK);
        happen("apps-2", SupervisorEvent.REJOINED);
        happen("", SupervisorEvent.LINK_CUT);
        happen("apps-2", SupervisorEvent.ISOLATED);
        assertTrue(view().linkCut());
        assertEquals(Set.of("apps-2"), view().isolated());
    }

    @Test
    void aServerIsolatedJustBeforeTheLinkWatchLoggedTheCutIsShownIsolated() {
        happen("apps-2", SupervisorEvent.ISOLATED);
        assertEquals(Set.of("apps-2"), view().isolated());
        happen("", SupervisorEvent.LINK_CUT);
        assertTrue(view().linkCut());
    }

    @Test
    void aServerIsolatedJustAfterTheLinkCameBackIsNoLongerShownOnceItRejoined() {
        happen("", SupervisorEvent.LINK_CUT);
        happen("", SupervisorEvent.LINK_BACK);
        happen("apps-2", SupervisorEvent.ISOLATED);
        happen("apps-2", SupervisorEvent.REJOINED);
        assertEquals(Set.of(), view().isolated());
    }

    @Test
    void aSupervisorThatNoLongerRunsClaimsNoCutAndNoIsolation() {
        happen("", SupervisorEvent.LINK_CUT);
        happen("apps-2", SupervisorEvent.ISOLATED);
        SupervisorView stopped = new SupervisorView("secondary", false, List.copyOf(events));
        assertFalse(stopped.linkCut());
        assertEquals(Set.of(), stopped.isolated());
    }

    @Test
    void aHostThatNeverLostItsLinkShowsNoCut() {
        happen("apps-2", SupervisorEvent.FENCED);
        assertFalse(view().linkCut());
        assertEquals(Set.of(), view().isolated());
        assertEquals(1, view().fences());
    }

    private void happen(String server, String kind) {
        now = now.plusSeconds(3);
        events.add(new SupervisorEvent(now, "secondary", server, kind, kind));
    }

    private SupervisorView view() {
        return new SupervisorView("secondary", true, List.copyOf(events));
    }
}
