package dev.steadfast.ops.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.steadfast.ops.supervision.ClusterLink;
import dev.steadfast.ops.supervision.SupervisorSettings;
import dev.steadfast.ops.topology.Host;
import dev.steadfast.ops.topology.Topology;

/**
 * Which link each host's supervisor watches, and what the partition drill cuts, in the local topology: the secondary
 * host watches its link to the worker on the domain controller's host; the domain controller's host watches none;
 * the cut drops the cluster ports of both workers and nothing else.
 */
class PartitionTest {

    private static final Topology LOCAL = Topology.load("local");

    @Test
    void theHostWithoutTheDomainControllerWatchesItsLinkToTheFailureDetectionPortOfTheWorkerOnTheDomainControllersHost() {
        ClusterLink link = Supervision.clusterLink(LOCAL, host("secondary"), SupervisorSettings.DEFAULT).orElseThrow();
        assertEquals("127.0.0.12", link.fromAddress());
        assertEquals(List.of(new ClusterLink.Peer("primary", "apps-1", "127.0.0.11", 57700)), link.peers());
    }

    @Test
    void theDomainControllersHostNeverIsolatesItself() {
        assertTrue(Supervision.clusterLink(LOCAL, host("primary"), SupervisorSettings.DEFAULT).isEmpty());
    }

    @Test
    void theCutDropsTheClusterPortsOfBothWorkersInBothDirectionsAndNothingElse() {
        String rules = new NetworkCut(LOCAL.workerGroups().get(0).servers()).ruleset();
        assertEquals(List.of(
                "ip daddr 127.0.0.11 tcp dport { 7700, 57700 } drop",
                "ip saddr 127.0.0.11 tcp sport { 7700, 57700 } drop",
                "ip daddr 127.0.0.12 tcp dport { 7700, 57700 } drop",
                "ip saddr 127.0.0.12 tcp sport { 7700, 57700 } drop"),
                rules.lines().map(String::strip).filter(l -> l.endsWith("drop")).toList());
        assertTrue(rules.startsWith("add table inet steadfast_drill\ndelete table inet steadfast_drill\n"), rules);
    }

    private static Host host(String name) {
        return LOCAL.hosts().stream().filter(h -> h.name().equals(name)).findFirst().orElseThrow();
    }
}
