package dev.steadfast.ops.provision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.steadfast.ops.UserError;
import dev.steadfast.ops.topology.Topology;

/** The balancer's MCMP allow-list: every worker host's private address, and users' requests always pass. */
class McmpSendersTest {

    @TempDir
    Path tmp;

    @Test
    void theLocalTopologyAllowsMcmpFromItsTwoWorkerHostsOnlyAndLetsEveryOtherMethodPass() {
        String predicate = McmpSenders.predicate(Topology.load("local"));
        assertTrue(predicate.startsWith("not method(value={CONFIG, ENABLE-APP, DISABLE-APP, STOP-APP, REMOVE-APP, STATUS, DUMP, INFO, PING}) or "),
                predicate);
        assertTrue(predicate.endsWith("regex(pattern='127[.]0[.]0[.]11|127[.]0[.]0[.]12', value='%a', full-match=true)"), predicate);
    }

    @Test
    void aWorkerHostWhosePrivateAddressIsANameIsRefusedInOneSentence() throws Exception {
        Path file = Files.writeString(tmp.resolve("named.properties"), """
                hosts=dc,worker
                domain-controller=dc
                host.dc.address=10.0.0.1
                host.worker.address=10.0.0.2
                host.worker.private-address=worker.internal
                groups=lb,apps
                group.lb.role=balancer
                group.lb.servers=dc/lb
                group.apps.servers=worker/app-1
                environment=production
                """);
        UserError e = assertThrows(UserError.class, () -> McmpSenders.predicate(Topology.loadForElsewhere(file.toString())));
        assertEquals("Host worker runs workers, so its private address must be an IPv4 address (the balancer accepts MCMP by"
                + " sender address), not 'worker.internal'.", e.getMessage());
    }
}
