package dev.steadfast.ops.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * Provisions a second topology (other host names, addresses, groups, servers and ports) and checks that the
 * configuration written for it carries its names and numbers and nothing of the local topology, and that each
 * host interface is bound to the address the topology gives it.
 */
class TopologyIndependenceIT {

    private final SteadfastCommand steadfast = new SteadfastCommand(TestState.directory("elsewhere"));

    @Test
    void provisioningAnotherTopologyWritesItsOwnHostsGroupsServersPortsAndAddresses() throws Exception {
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
        assertTrue(domain.contains("value=\"127.0.1.21[7800],127.0.0.22[7800]\""), "shop's TCPPING members: private addresses, offset 200");
        assertTrue(domain.contains("value=\"127.0.0.22[7900]\""), "erp's TCPPING member with offset 300");
        assertTrue(domain.contains("host=\"127.0.1.21\" port=\"8090\""), "workers register with the balancer at alpha's private address");
        assertTrue(domain.contains("<socket-binding name=\"mcmp-management\" interface=\"private\""), "MCMP listens on the private interface");

        assertTrue(alpha.contains("name=\"alpha\""), "domain controller renamed from the stock 'primary'");
        assertTrue(alpha.contains("<server name=\"lb-1\" group=\"edge\""));
        assertTrue(alpha.contains("<server name=\"shop-a\" group=\"shop\""));
        assertTrue(beta.contains("<server name=\"shop-b\" group=\"shop\""));
        assertTrue(beta.contains("<server name=\"erp-a\" group=\"erp\""));
        assertTrue(beta.contains("host=\"127.0.2.21\" port=\"9993\""), "beta reaches alpha's management address");
        assertTrue(alpha.contains("<interface name=\"public\">\n            <inet-address value=\"127.0.0.21\"/>"), "alpha's public interface");
        assertTrue(alpha.contains("<interface name=\"private\">\n            <inet-address value=\"127.0.1.21\"/>"), "alpha's private interface");
        assertTrue(alpha.contains("<interface name=\"management\">\n            <inet-address value=\"127.0.2.21\"/>"), "alpha's management interface");
        assertTrue(beta.contains("<interface name=\"private\">\n            <inet-address value=\"127.0.0.22\"/>"), "beta's one address serves as its private one");

        for (String xml : new String[] {domain, alpha, beta}) {
            assertFalse(xml.contains("127.0.0.11") || xml.contains("127.0.0.12"), "an address of the local topology leaked");
            assertFalse(xml.contains("apps-1") || xml.contains("steadfast-apps"), "a name of the local topology leaked");
        }
    }
}
