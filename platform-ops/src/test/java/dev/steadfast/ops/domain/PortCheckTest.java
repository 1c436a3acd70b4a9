package dev.steadfast.ops.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.steadfast.ops.UserError;
import dev.steadfast.ops.topology.DatabaseKind;
import dev.steadfast.ops.topology.Topology;

/** The listeners {@code up} checks before it starts anything, without binding any: two servers never share one. */
class PortCheckTest {

    @TempDir
    Path tmp;

    @Test
    void theLocalTopologysListenersAreAllDistinctTheProbesIncluded() {
        List<String> listeners = PortCheck.listeners(Topology.load("local"), DatabaseKind.H2);
        assertEquals(listeners.size(), new HashSet<>(listeners).size(), listeners.toString());
        assertTrue(listeners.containsAll(List.of("127.0.0.11:9543", "127.0.0.12:9543")), "the workers' probe ports: " + listeners);
    }

    @Test
    void groupsWhoseOffsetsPutOnesProbeOnTheOthersHttpsPortAreRefusedBeforeAnythingBinds() throws IOException {
        Path file = tmp.resolve("close.properties");
        Files.writeString(file, """
                hosts=one
                domain-controller=one
                host.one.address=127.0.0.1
                groups=lb,a,b
                group.lb.role=balancer
                group.lb.servers=one/lb
                group.a.servers=one/a-1
                group.a.port-offset=100
                group.b.servers=one/b-1
                group.b.port-offset=1100
                environment=local
                """);
        UserError refused = assertThrows(UserError.class, () -> PortCheck.requireFree(Topology.loadForElsewhere(file.toString()), DatabaseKind.H2));
        assertTrue(refused.getMessage().contains("127.0.0.1:9543"), refused.getMessage());
    }
}
