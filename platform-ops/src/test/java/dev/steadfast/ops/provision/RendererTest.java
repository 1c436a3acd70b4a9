package dev.steadfast.ops.provision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.steadfast.ops.UserError;
import dev.steadfast.ops.topology.DatabaseChoice;
import dev.steadfast.ops.topology.Topology;

/**
 * Rendering a topology for other machines, no server: their addresses and host names in the scripts and the
 * certificate, no clear secret in a script, the same scripts when rendered again, and never into a directory of the
 * user's that is not a rendering.
 */
class RendererTest {

    @TempDir
    Path tmp;

    @Test
    void aTopologyOfOtherMachinesIsRenderedWithItsAddressesAndHostNames() throws Exception {
        Topology topology = Topology.loadForElsewhere(write("""
                hosts=dc,worker
                domain-controller=dc
                host.dc.public-address=shop.example.org
                host.dc.private-address=10.20.0.1
                host.dc.management-address=10.30.0.1
                host.worker.address=10.20.0.2
                groups=lb,apps
                group.lb.role=balancer
                group.lb.servers=dc/lb
                group.apps.servers=dc/app-1,worker/app-2
                group.apps.port-offset=100
                environment=local
                """).toString());
        Path out = tmp.resolve("rendered");
        List<Path> scripts = new Renderer(out, null).render(topology, DatabaseChoice.h2());

        assertEquals(List.of(out.resolve("dc.cli"), out.resolve("worker.cli"), out.resolve("online.cli")), scripts);
        String dc = Files.readString(out.resolve("dc.cli"));
        String worker = Files.readString(out.resolve("worker.cli"));
        assertTrue(dc.contains("interface=public:add(inet-address=shop.example.org)"), "public interface");
        assertTrue(dc.contains("steadfast.cluster.members:add(value=\"10.20.0.1[7700],10.20.0.2[7700]\""), "cluster members on private addresses");
        assertTrue(worker.contains("host=10.30.0.1, port=9993"), "the worker reaches the domain controller's management address");
        assertTrue(dc.contains("/host=primary:write-attribute(name=name, value=dc)") && dc.contains("if (outcome == success) of /host=primary:read-resource"),
                "a guarded rename of the domain controller");
        for (String script : List.of(dc, worker, Files.readString(out.resolve("online.cli")))) {
            for (String secret : List.of("admin", "tls", "db", "host-worker")) {
                assertFalse(script.contains(Files.readString(out.resolve("secrets/" + secret + ".password")).trim()), "clear " + secret + " password in a script");
            }
        }
        assertTrue(dc.contains("${ENC::steadfast:"), "secrets as encrypted expressions");

        X509Certificate cert = (X509Certificate) load(out.resolve("hosts/dc/configuration/steadfast-trust.p12"),
                Files.readString(out.resolve("secrets/tls.password")).trim()).getCertificate("steadfast");
        Set<String> names = new TreeSet<>();
        cert.getSubjectAlternativeNames().forEach(n -> names.add(String.valueOf(n.get(1))));
        assertEquals(Set.of("localhost", "shop.example.org", "10.20.0.1", "10.30.0.1", "10.20.0.2"), names);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        assertTrue(Files.readString(out.resolve("hosts/dc/configuration/mgmt-users.properties")).contains("worker="), "the worker's account at the domain controller");

        new Renderer(out, null).render(topology, DatabaseChoice.h2());
        assertEquals(dc, Files.readString(out.resolve("dc.cli")), "rendered again, the same script");
    }

    @Test
    void theProductionEnvironmentHasNoLeakDetectionAndTheLocalOneHasIt() throws Exception {
        String production = renderedWith("production");
        assertFalse(production.contains("LeakDumper"), "no leak-dumper pool in production");
        assertTrue(production.contains("write-attribute(name=mcp, value=org.jboss.jca.core.connectionmanager.pool.mcp.SemaphoreConcurrentLinkedDequeManagedConnectionPool)"));
        assertTrue(production.contains("cached-connection-manager:write-attribute(name=debug, value=false)"));
        assertTrue(production.contains("-Xmx2g") || production.contains("max-heap-size=2g"), "production's heap");

        String local = renderedWith("local");
        assertTrue(local.contains("write-attribute(name=mcp, value=org.jboss.jca.core.connectionmanager.pool.mcp.LeakDumperManagedConnectionPool)"));
        assertTrue(local.contains("cached-connection-manager:write-attribute(name=debug, value=true)"));
    }

    private String renderedWith(String environment) throws Exception {
        Topology topology = Topology.loadForElsewhere(Files.writeString(tmp.resolve(environment + "-topology.properties"), """
                hosts=dc
                domain-controller=dc
                host.dc.address=10.20.0.1
                groups=lb,apps
                group.lb.role=balancer
                group.lb.servers=dc/lb
                group.apps.servers=dc/app-1
                group.apps.port-offset=100
                environment=%s
                """.formatted(environment)).toString());
        Path out = tmp.resolve("rendered-" + environment);
        new Renderer(out, null).render(topology, DatabaseChoice.h2());
        return Files.readString(out.resolve("dc.cli"));
    }

    @Test
    void aDirectoryThatIsNeitherEmptyNorARenderingIsRefusedAndKeptAsItIs() throws Exception {
        Path mine = Files.createDirectories(tmp.resolve("documents"));
        Files.writeString(mine.resolve("notes.txt"), "mine");
        UserError e = assertThrows(UserError.class, () -> new Renderer(mine, null)
                .render(Topology.load("local"), DatabaseChoice.h2()));
        assertEquals("Output directory " + mine + " is neither empty nor an earlier rendering; give a new or empty one.", e.getMessage());
        assertEquals(List.of(mine.resolve("notes.txt")), Files.list(mine).toList());
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(mine)));
    }

    @Test
    void addressesThatAreNeitherIpv4NorHostNamesAreRefused() throws Exception {
        UserError e = assertThrows(UserError.class, () -> Topology.loadForElsewhere(write("""
                hosts=a
                domain-controller=a
                host.a.address=shop example
                groups=lb
                group.lb.role=balancer
                group.lb.servers=a/lb
                environment=local
                """).toString()));
        assertTrue(e.getMessage().contains("neither an IPv4 address nor a host name"), e.getMessage());
    }

    private Path write(String content) throws Exception {
        return Files.writeString(tmp.resolve("elsewhere.properties"), content);
    }

    private static KeyStore load(Path file, String password) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            ks.load(in, password.toCharArray());
        }
        return ks;
    }
}
