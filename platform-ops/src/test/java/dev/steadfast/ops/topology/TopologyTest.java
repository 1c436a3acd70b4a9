package dev.steadfast.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading topology files: the shipped local topology, and the mistakes a hand-written one can make. */
class TopologyTest {

    @TempDir
    Path tmp;

    @Test
    void localTopologyHasTwoHostsABalancerAndOneWorkerOnEachHost() {
        Topology t = Topology.load(SteadfastCommand.ROOT, "local");
        assertEquals("primary", t.domainController().name());
        assertEquals(List.of("127.0.0.11", "127.0.0.12"), t.hosts().stream().map(Topology.Host::address).toList());
        assertEquals("balancer", t.balancer().name());
        assertEquals(1, t.workerGroups().size());
        assertEquals(List.of("primary", "secondary"), t.workerGroups().get(0).servers().stream().map(s -> s.host().name()).toList());
        assertEquals(8543, t.workerGroups().get(0).servers().get(0).port(ConfigApplier.HTTPS));
    }

    @Test
    void aNonLoopbackAddressIsRefused() throws IOException {
        UserError e = assertThrows(UserError.class, () -> Topology.load(SteadfastCommand.ROOT, write("""
                hosts=a
                domain-controller=a
                host.a.address=10.0.0.5
                groups=lb
                group.lb.role=balancer
                group.lb.servers=a/lb
                """).toString()));
        assertTrue(e.getMessage().contains("only loopback addresses"), e.getMessage());
    }

    @Test
    void aServerNameWithAColonIsRefused() throws IOException {
        UserError e = assertThrows(UserError.class, () -> Topology.load(SteadfastCommand.ROOT, write("""
                hosts=a
                domain-controller=a
                host.a.address=127.0.0.30
                groups=lb
                group.lb.role=balancer
                group.lb.servers=a/a:lb
                """).toString()));
        assertTrue(e.getMessage().contains("no colon"), e.getMessage());
    }

    @Test
    void aServerNameUsedTwiceIsRefused() throws IOException {
        UserError e = assertThrows(UserError.class, () -> Topology.load(SteadfastCommand.ROOT, write("""
                hosts=a,b
                domain-controller=a
                host.a.address=127.0.0.30
                host.b.address=127.0.0.31
                groups=lb,apps
                group.lb.role=balancer
                group.lb.servers=a/lb
                group.apps.servers=a/app,b/app
                """).toString()));
        assertTrue(e.getMessage().contains("unique across the domain"), e.getMessage());
    }

    private Path write(String content) throws IOException {
        Path f = tmp.resolve("t.properties");
        Files.writeString(f, content + "environment=local\n");
        return f;
    }
}
