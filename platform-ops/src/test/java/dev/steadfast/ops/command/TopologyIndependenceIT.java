package dev.steadfast.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * Provisions a second topology (other host names, addresses, groups, servers and ports) and checks that the
 * configuration written for it carries its names and numbers and nothing of the local topology.
 */
class TopologyIndependenceIT {

    private final SteadfastCommand steadfast = new SteadfastCommand(TestState.directory("elsewhere"));

    @Test
    void provisioningAnotherTopologyWritesItsOwnHostsGroupsServersAndPorts() throws Exception {
        Path topology = Path.of("src/test/resources/topologies/elsewhere.properties").toAbsolutePath();
        SteadfastCommand.Result r = steadfast.run("provision", "--topology", topology.toString());
        assertEquals(0, r.exitCode(), r.stdout() + r.stderr());

        Path hosts = steadfast.state().resolve("hosts");
        String domain = Files.readString(hosts.resolve("alpha/configuration/domain.xml"));
        String alpha = Files.readString(hosts.resolve("alpha/configuration/host-primary.xml"));
        String beta = Files.readString(hosts.resolve("beta/configuration/host-secondary.xml"));

        assertTrue(domain.contains("<server-group name=\"shop\" profile=\"steadfast-ha\">"), "group shop");
        assertTrue(domain.contains("<server-group name=\"erp\" profile=\"steadfast-ha\">"), "group erp");
        assertTrue(domain.contains("<server-group name=\"edge\" profile=\"steadfast-balancer\">"), "balancer group edge");
        assertTrue(domain.contains("value=\"127.0.0.21[7800],127.0.0.22[7800]\""), "shop's TCPPING members with offset 200");
        assertTrue(domain.contains("value=\"127.0.0.22[7900]\""), "erp's TCPPING member with offset 300");
        assertTrue(domain.contains("host=\"127.0.0.21\" port=\"8090\""), "workers register with the balancer on alpha");

        assertTrue(alpha.contains("name=\"alpha\""), "domain controller renamed from the stock 'primary'");
        assertTrue(alpha.contains("<server name=\"lb-1\" group=\"edge\""));
        assertTrue(alpha.contains("<server name=\"shop-a\" group=\"shop\""));
        assertTrue(beta.contains("<server name=\"shop-b\" group=\"shop\""));
        assertTrue(beta.contains("<server name=\"erp-a\" group=\"erp\""));
        assertTrue(beta.contains("host=\"127.0.0.21\" port=\"9993\""), "beta reaches alpha's secure management port");

        for (String xml : new String[] {domain, alpha, beta}) {
            assertFalse(xml.contains("127.0.0.11") || xml.contains("127.0.0.12"), "an address of the local topology leaked");
            assertFalse(xml.contains("apps-1") || xml.contains("steadfast-apps"), "a name of the local topology leaked");
        }
    }
}
