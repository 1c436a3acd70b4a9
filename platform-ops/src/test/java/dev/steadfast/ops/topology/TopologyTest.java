package dev.steadfast.ops.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.steadfast.ops.UserError;

/** Reading topology files: the shipped local topology, three addresses per host, and the mistakes a hand-written one can make. */
class TopologyTest {

    @TempDir
    Path tmp;

    @Test
    void localTopologyHasTwoHostsABalancerAndOneWorkerOnEachHost() {
        Topology t = Topology.load("local");
        assertEquals("primary", t.domainController().name());
        assertEquals(List.of("127.0.0.11", "127.0.0.12"), t.hosts().stream().map(Host::publicAddress).toList());
        assertEquals("balancer", t.balancer().name());
        assertEquals(1, t.workerGroups().size());
        assertEquals(List.of("primary", "secondary"), t.workerGroups().get(0).servers().stream().map(s -> s.host().name()).toList());
        assertEquals(8543, t.workerGroups().get(0).servers().get(0).port(Ports.HTTPS));
    }

    @Test
    void oneAddressPerHostIsItsPublicPrivateAndManagementAddress() {
        Host primary = Topology.load("local").domainController();
        assertEquals(List.of("127.0.0.11", "127.0.0.11", "127.0.0.11"),
                List.of(primary.publicAddress(), primary.privateAddress(), primary.managementAddress()));
    }

    @Test
    void eachOfTheThreeAddressesCanBeSetApartAndOverridesTheDefault() throws IOException {
        Topology t = Topology.load(write("""
                hosts=a
                domain-controller=a
                host.a.address=127.0.0.30
                host.a.private-address=127.0.1.30
                host.a.management-address=127.0.2.30
                groups=lb
                group.lb.role=balancer
                group.lb.servers=a/lb
                """).toString());
        Host a = t.domainController();
        assertEquals(List.of("127.0.0.30", "127.0.1.30", "127.0.2.30"), List.of(a.publicAddress(), a.privateAddress(), a.managementAddress()));
    }

    @Test
    void aHostWithoutAnyAddressIsRefused() throws IOException {
        UserError e = assertThrows(UserError.class, () -> Topology.load(write("""
                hosts=a
                domain-controller=a
                host.a.private-address=127.0.1.30
                groups=lb
                group.lb.role=balancer
                group.lb.servers=a/lb
                """).toString()));
        assertTrue(e.getMessage().contains("does not set 'host.a.address' (or 'host.a.public-address')"), e.getMessage());
    }

    @Test
    void aNonLoopbackAddressIsRefused() throws IOException {
        UserError e = assertThrows(UserError.class, () -> Topology.load(write("""
                hosts=a
                domain-controller=a
                host.a.address=127.0.0.30
                host.a.management-address=10.0.0.5
                groups=lb
                group.lb.role=balancer
                group.lb.servers=a/lb
                """).toString()));
        assertTrue(e.getMessage().contains("management-address 10.0.0.5") && e.getMessage().contains("only loopback addresses"), e.getMessage());
    }

    @Test
    void aServerNameWithAColonIsRefused() throws IOException {
        UserError e = assertThrows(UserError.class, () -> Topology.load(write("""
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
        UserError e = assertThrows(UserError.class, () -> Topology.load(write("""
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

    @Test
    void anUnknownDatabaseIsOnePlainSentence() {
        UserError e = assertThrows(UserError.class, () -> DatabaseKind.fromOption("mysql"));
        assertEquals("Unknown database 'mysql'; use h2 or postgresql.", e.getMessage());
    }

    @Test
    void aUsersTopologyMayNameAnEnvironmentFileNextToIt() throws IOException {
        Files.writeString(tmp.resolve("small.properties"), "worker.heap=96m\n");
        Path file = namingEnvironment("small.properties");
        Topology t = Topology.load(file.toString());
        assertEquals("96m", t.env("worker.heap"));
        assertEquals(file.toAbsolutePath().toString(), t.source());
        assertEquals("local", Topology.load("local").source());
    }

    @Test
    void aMissingTopologyOrEnvironmentFileIsNamed() throws IOException {
        Path missing = tmp.resolve("missing.properties");
        assertEquals("Topology file " + missing + " does not exist.",
                assertThrows(UserError.class, () -> Topology.load(missing.toString())).getMessage());
        Path file = namingEnvironment("gone.properties");
        assertEquals("Topology " + file + " names environment file " + tmp.resolve("gone.properties") + ", which does not exist.",
                assertThrows(UserError.class, () -> Topology.load(file.toString())).getMessage());
    }

    @Test
    void anUnknownTopologyNameIsRefusedNamingTheCommandsOwn() {
        UserError e = assertThrows(UserError.class, () -> Topology.load("nowhere"));
        assertEquals("Unknown topology 'nowhere'; give one of local or a .properties file.", e.getMessage());
    }

    /** A one-host topology file of the user's that names an environment file next to it. */
    private Path namingEnvironment(String environmentFile) throws IOException {
        return Files.writeString(tmp.resolve("mine.properties"), """
                hosts=a
                domain-controller=a
                host.a.address=127.0.0.30
                groups=lb
                group.lb.role=balancer
                group.lb.servers=a/lb
                environment=%s
                """.formatted(environmentFile));
    }

    private Path write(String content) throws IOException {
        Path f = tmp.resolve("t.properties");
        Files.writeString(f, content + "environment=local\n");
        return f;
    }
}
