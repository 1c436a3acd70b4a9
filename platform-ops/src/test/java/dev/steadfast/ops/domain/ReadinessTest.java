package dev.steadfast.ops.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.steadfast.ops.health.ProbeAnswer;
import dev.steadfast.ops.topology.Topology;

/**
 * Readiness and redundancy on the local topology: ready only when every server answers and serves, and redundant only
 * when every worker of the group sees the same view (one view id) whose members are exactly the group's servers and
 * Infinispan calls its caches HEALTHY. Views are the strings JGroups 5.5 prints.
 */
class ReadinessTest {

    private static final Topology LOCAL = Topology.load("local");
    private static final String FULL = "[apps-1|2] (2) [apps-1, apps-2]";

    @Test
    void bothWorkersSeeingTheSameCompleteViewIsReady() {
        assertEquals(List.of(), domain(FULL, FULL).notReady(LOCAL));
    }

    @Test
    void bothWorkersSeeingTheSameCompleteMergeViewIsReady() {
        String merged = "MergeView::[apps-1|5] (2) [apps-1, apps-2], 2 subgroups: [apps-1|3] (1) [apps-1], [apps-2|4] (1) [apps-2]";
        assertEquals(List.of(), domain(merged, merged).notReady(LOCAL));
    }

    @Test
    void aSplitWhereEachWorkerSeesOnlyItselfIsNotReady() {
        assertEquals(List.of("apps-1 sees [apps-1], not [apps-1, apps-2]", "apps-2 sees [apps-2], not [apps-1, apps-2]"),
                domain("[apps-1|3] (1) [apps-1]", "[apps-2|4] (1) [apps-2]").notReady(LOCAL));
    }

    @Test
    void aMergeOneWorkerInstalledAndTheOtherNotYetIsNotReady() {
        String merged = "MergeView::[apps-1|5] (2) [apps-1, apps-2], 2 subgroups: [apps-1|3] (1) [apps-1], [apps-2|4] (1) [apps-2]";
        assertEquals(List.of("apps-2 sees [apps-2], not [apps-1, apps-2]"), domain(merged, "[apps-2|4] (1) [apps-2]").notReady(LOCAL));
    }

    @Test
    void completeButDifferentViewsOnTheTwoWorkersAreNotReady() {
        // Both list both members, but apps-2 still holds the view from before the merge: the set alone would pass.
        assertEquals(List.of("the members of steadfast-apps see different views [apps-1|2, apps-1|5]"),
                domain("MergeView::[apps-1|5] (2) [apps-1, apps-2], 2 subgroups: [apps-1|3] (1) [apps-1], [apps-2|4] (1) [apps-2]", FULL)
                        .notReady(LOCAL));
    }

    @Test
    void aViewWithAMemberOfAnotherGroupIsNotReady() {
        String strange = "[apps-1|6] (3) [apps-1, apps-2, shop-a]";
        assertEquals(List.of("apps-1 sees [apps-1, apps-2, shop-a], not [apps-1, apps-2]", "apps-2 sees [apps-1, apps-2, shop-a], not [apps-1, apps-2]"),
                domain(strange, strange).notReady(LOCAL));
    }

    @Test
    void aViewPrintedInPartMatchesOnlyAGroupOfItsSizeThatHoldsEveryListedMember() {
        StringBuilder twenty = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            twenty.append(i > 1 ? ", " : "").append("n-").append(i);
        }
        java.util.Set<String> group = new java.util.TreeSet<>();
        for (int i = 1; i <= 22; i++) {
            group.add("n-" + i);
        }
        ClusterView partial = ClusterView.parse("[n-1|9] (22) [" + twenty + " ...]").orElseThrow();
        assertEquals(true, partial.hasExactly(group));
        group.remove("n-3");
        group.add("n-23");
        assertEquals(false, partial.hasExactly(group), "n-3 is listed but not in the group");
        assertEquals(false, ClusterView.parse("[n-1|9] (23) [" + twenty + " ...]").orElseThrow().hasExactly(group), "sizes differ");
    }

    @Test
    void aWorkerWithoutAViewOrUnregisteredAtTheBalancerIsNotReady() {
        DomainView view = new DomainView(List.of("primary", "secondary"), List.of(balancer(),
                worker("primary", "apps-1", null, true), worker("secondary", "apps-2", FULL, false)));
        assertEquals(List.of("apps-2 not registered at the balancer", "apps-1 has no cluster view"), view.notReady(LOCAL));
    }

    @Test
    void aRebalanceInProgressIsNotRedundantThoughTheViewsAreComplete() {
        DomainView view = new DomainView(List.of("primary", "secondary"), List.of(balancer(), worker("primary", "apps-1", FULL, true),
                worker("secondary", "apps-2", FULL, true, "HEALTHY_REBALANCING", List.of())));
        assertEquals(List.of("apps-2's session caches are HEALTHY_REBALANCING"), view.notReady(LOCAL));
        assertEquals(false, Readiness.redundant(LOCAL.workerGroups().get(0), view));
        assertEquals(true, Readiness.redundant(LOCAL.workerGroups().get(0), domain(FULL, FULL)));
    }

    @Test
    void aWorkerWaitingForARestartServesWithItsOldConfigurationSoItIsReadyAndRedundantButPending() {
        ServerView full = worker("secondary", "apps-2", FULL, true);
        ServerView waiting = new ServerView(full.host(), full.server(), full.group(), full.serverGroup(), "reload-required", true, full.probe(),
                true, full.deployments(), List.of(), false);
        DomainView view = new DomainView(List.of("primary", "secondary"), List.of(balancer(), worker("primary", "apps-1", FULL, true), waiting));
        assertEquals(List.of(), view.notReady(LOCAL));
        assertEquals(true, Readiness.redundant(LOCAL.workerGroups().get(0), view));
        assertEquals(true, waiting.pendingRestart());
        assertEquals(false, full.pendingRestart());
    }

    @Test
    void aWorkerThatDoesNotAnswerIsNeitherReadyNorCountedInItsGroupsRedundancy() {
        DomainView view = new DomainView(List.of("primary", "secondary"), List.of(balancer(), worker("primary", "apps-1", FULL, true),
                new ServerView("secondary", "apps-2", "steadfast-apps", "steadfast-apps", "started", false, Optional.empty(), true, List.of(), List.of(), false)));
        assertEquals(List.of("apps-2 does not answer"), view.notReady(LOCAL));
        assertEquals(false, Readiness.redundant(LOCAL.workerGroups().get(0), view));
    }

    @Test
    void aFailedDeploymentAndAnApplicationNotReadyMakeTheirServerNotReady() {
        ServerView apps2 = new ServerView("secondary", "apps-2", "steadfast-apps", "steadfast-apps", "running", true,
                Optional.of(new ProbeAnswer("apps-2", FULL, "HEALTHY", 2)), true,
                List.of(new ServerView.Deployment("shop.war", "OK", "/shop"), new ServerView.Deployment("ehr.war", "FAILED", "/ehr")),
                List.of("shop.war"), false);
        DomainView view = new DomainView(List.of("primary", "secondary"), List.of(balancer(), worker("primary", "apps-1", FULL, true), apps2));
        assertEquals(List.of("ehr.war on apps-2 failed", "shop.war on apps-2 not ready"), view.notReady(LOCAL));
        assertEquals(true, Readiness.redundant(LOCAL.workerGroups().get(0), view), "a database outage leaves the sessions' owners as they were");
    }

    @Test
    void aMissingHostAndAStoppedServerAreNotReady() {
        DomainView view = new DomainView(List.of("primary"), List.of(balancer(), worker("primary", "apps-1", "[apps-1|3] (1) [apps-1]", true),
                new ServerView("secondary", "apps-2", "steadfast-apps", "steadfast-apps", "host-down", false, Optional.empty(), false, List.of(), List.of(), false)));
        assertEquals(List.of("host secondary not registered", "apps-2 host-down", "apps-1 sees [apps-1], not [apps-1, apps-2]"),
                view.notReady(LOCAL));
    }

    private static DomainView domain(String apps1View, String apps2View) {
        return new DomainView(List.of("primary", "secondary"),
                List.of(balancer(), worker("primary", "apps-1", apps1View, true), worker("secondary", "apps-2", apps2View, true)));
    }

    private static ServerView balancer() {
        return new ServerView("primary", "balancer", "steadfast-balancer", "steadfast-balancer", "running", true, Optional.empty(), false, List.of(), List.of(), true);
    }

    private static ServerView worker(String host, String name, String view, boolean registered) {
        return worker(host, name, view, registered, "HEALTHY", List.of());
    }

    private static ServerView worker(String host, String name, String view, boolean registered, String health, List<String> appsNotReady) {
        return new ServerView(host, name, "steadfast-apps", "steadfast-apps", "running", true, Optional.of(new ProbeAnswer(name, view == null ? "" : view, health, 2)),
                registered, List.of(new ServerView.Deployment("steadfast-probe.war", "OK", "/steadfast-probe")), appsNotReady, false);
    }
}
