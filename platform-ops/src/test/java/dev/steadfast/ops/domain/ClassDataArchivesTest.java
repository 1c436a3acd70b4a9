package dev.steadfast.ops.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.steadfast.ops.provision.Installation;
import dev.steadfast.ops.provision.StateDir;
import dev.steadfast.ops.topology.Host;
import dev.steadfast.ops.topology.Server;
import dev.steadfast.ops.topology.Topology;

/**
 * Which archive options each JVM of a host gets: a JVM without its archive writes one, one with it maps it, the servers
 * of a host map theirs only when every one of them has one, and archives of another installation are thrown away.
 */
class ClassDataArchivesTest {

    @TempDir
    Path tmp;

    private final Topology topology = Topology.load("local");
    private StateDir state;
    private ClassDataArchives archives;
    private Host primary;

    @BeforeEach
    void setUp() {
        state = new StateDir(tmp.resolve("state"));
        archives = new ClassDataArchives(state, new Installation(tmp.resolve("wildfly"), "39.0.1.Final"), topology);
        primary = topology.domainController();
        archives.prepare(primary);
    }

    @Test
    void aHostWithoutArchivesWritesThemAllAtExit() {
        assertEveryJvm("ArchiveClassesAtExit");
    }

    @Test
    void aHostWithEveryArchiveMapsThem() throws IOException {
        archiveAll();
        assertEveryJvm("SharedArchiveFile");
    }

    /** The process controller, the host controller and the servers of the host all get {@code mode}. */
    private void assertEveryJvm(String mode) {
        assertEquals("-XX:" + mode + "=" + hostData().resolve("steadfast-cds-process-controller.jsa"),
                archives.processControllerOption(primary));
        assertEquals("-XX:" + mode + "=" + hostData().resolve("steadfast-cds-host-controller.jsa"),
                archives.hostControllerOption(primary));
        assertEquals("-Dsteadfast.cds.mode=" + mode, archives.serverModeProperty(primary));
    }

    @Test
    void oneServerWithoutItsArchiveMakesEveryServerOfTheHostWriteItsOwn() throws IOException {
        archiveAll();
        Server first = topology.serversOn(primary).get(0);
        Files.delete(serverArchive(first));
        assertEquals("-Dsteadfast.cds.mode=ArchiveClassesAtExit", archives.serverModeProperty(primary));
        assertEquals("-XX:SharedArchiveFile=" + hostData().resolve("steadfast-cds-host-controller.jsa"),
                archives.hostControllerOption(primary));
    }

    @Test
    void archivesOfAnotherInstallationAreDeletedAndWrittenAgain() throws IOException {
        archiveAll();
        new ClassDataArchives(state, new Installation(tmp.resolve("another-wildfly"), "39.0.1.Final"), topology).prepare(primary);
        for (Server s : topology.serversOn(primary)) {
            assertFalse(Files.exists(serverArchive(s)), s.name());
        }
        assertEquals("-Dsteadfast.cds.mode=ArchiveClassesAtExit", archives.serverModeProperty(primary));
        assertTrue(archives.hostControllerOption(primary).startsWith("-XX:ArchiveClassesAtExit="));
    }

    @Test
    void archivesOfTheSameInstallationAndJvmAreKept() throws IOException {
        archiveAll();
        archives.prepare(primary);
        assertEquals("-Dsteadfast.cds.mode=SharedArchiveFile", archives.serverModeProperty(primary));
    }

    @Test
    void controllersOfAStateWhosePathHoldsASpaceGetNoOptionSinceDomainShWouldSplitIt() {
        StateDir spaced = new StateDir(tmp.resolve("my state"));
        ClassDataArchives spacedArchives = new ClassDataArchives(spaced, new Installation(tmp.resolve("wildfly"), "39.0.1.Final"), topology);
        spacedArchives.prepare(primary);
        assertEquals("", spacedArchives.hostControllerOption(primary));
        assertEquals("", spacedArchives.processControllerOption(primary));
        assertEquals("-Dsteadfast.cds.mode=ArchiveClassesAtExit", spacedArchives.serverModeProperty(primary));
    }

    private void archiveAll() throws IOException {
        Files.writeString(hostData().resolve("steadfast-cds-host-controller.jsa"), "archive");
        Files.writeString(hostData().resolve("steadfast-cds-process-controller.jsa"), "archive");
        for (Server s : topology.serversOn(primary)) {
            Files.createDirectories(serverArchive(s).getParent());
            Files.writeString(serverArchive(s), "archive");
        }
    }

    private Path hostData() {
        return state.host(primary.name()).resolve("data");
    }

    private Path serverArchive(Server s) {
        return state.host(primary.name()).resolve("servers").resolve(s.name()).resolve("data").resolve(ClassDataArchives.ARCHIVE);
    }
}
