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
 * of a host map theirs only when every one of them has one, and archives of another installation or JVM, or left
 * unfinished, are thrown away.
 */
class ClassDataArchivesTest {

    private static final String WRITE_SERVERS = "-Dsteadfast.cds.option=ArchiveClassesAtExit=";
    /** The first bytes of a dynamic archive, which the JVM writes last. */
    private static final byte[] MAGIC = {(byte) 0xa8, (byte) 0xab, 0x0b, (byte) 0xf0};

    @TempDir
    Path tmp;

    private final Topology topology = Topology.load("local");
    private StateDir state;
    private ClassDataArchives archives;
    private Host primary;

    @BeforeEach
    void setUp() {
        state = new StateDir(tmp.resolve("state"));
        archives = new ClassDataArchives(state, new Installation(tmp.resolve("wildfly"), "39.0.1.Final"), topology, true);
        primary = topology.domainController();
        archives.prepare(primary);
    }

    @Test
    void aHostWithoutArchivesWritesThemAllAtExit() {
        assertControllers("ArchiveClassesAtExit");
        assertEquals(WRITE_SERVERS, archives.serverOptionProperty(primary));
    }

    @Test
    void aHostWithEveryArchiveMapsThem() throws IOException {
        archiveAll();
        assertControllers("SharedArchiveFile");
        assertEquals("", archives.serverOptionProperty(primary), "the servers' own option maps by default");
    }

    /** The process controller and the host controller both get {@code mode}. */
    private void assertControllers(String mode) {
        assertEquals("-XX:" + mode + "=" + hostData().resolve("steadfast-cds-process-controller.jsa"),
                archives.processControllerOption(primary));
        assertEquals("-XX:" + mode + "=" + hostData().resolve("steadfast-cds-host-controller.jsa"),
                archives.hostControllerOption(primary));
    }

    @Test
    void oneServerWithoutItsArchiveMakesEveryServerOfTheHostWriteItsOwn() throws IOException {
        archiveAll();
        Server first = topology.serversOn(primary).get(0);
        Files.delete(serverArchive(first));
        assertEquals(WRITE_SERVERS, archives.serverOptionProperty(primary));
        assertEquals("-XX:SharedArchiveFile=" + hostData().resolve("steadfast-cds-host-controller.jsa"),
                archives.hostControllerOption(primary));
    }

    @Test
    void archivesOfAnotherInstallationAreDeletedAndWrittenAgain() throws IOException {
        archiveAll();
        new ClassDataArchives(state, new Installation(tmp.resolve("another-wildfly"), "39.0.1.Final"), topology, true).prepare(primary);
        for (Server s : topology.serversOn(primary)) {
            assertFalse(Files.exists(serverArchive(s)), s.name());
        }
        assertEquals(WRITE_SERVERS, archives.serverOptionProperty(primary));
        assertTrue(archives.hostControllerOption(primary).startsWith("-XX:ArchiveClassesAtExit="));
    }

    @Test
    void archivesOfTheSameInstallationAndJvmAreKept() throws IOException {
        archiveAll();
        archives.prepare(primary);
        assertEquals("", archives.serverOptionProperty(primary));
    }

    @Test
    void archivesOfTheSameInstallationWithAnotherJbossModulesJarAreDeleted() throws IOException {
        Path modules = tmp.resolve("wildfly/jboss-modules.jar");
        Files.createDirectories(modules.getParent());
        Files.writeString(modules, "modules");
        archives.prepare(primary);
        archiveAll();
        Files.writeString(modules, "patched modules");
        archives.prepare(primary);
        assertEquals(WRITE_SERVERS, archives.serverOptionProperty(primary));
    }

    @Test
    void anArchiveLeftUnfinishedByAKilledJvmIsDeletedAndTheOthersKept() throws IOException {
        archiveAll();
        Path controller = hostData().resolve("steadfast-cds-host-controller.jsa");
        Files.write(controller, new byte[4096]); // the JVM writes the header, and so the magic, last
        archives.prepare(primary);
        assertFalse(Files.exists(controller));
        assertEquals("-XX:ArchiveClassesAtExit=" + controller, archives.hostControllerOption(primary));
        assertEquals("-XX:SharedArchiveFile=" + hostData().resolve("steadfast-cds-process-controller.jsa"),
                archives.processControllerOption(primary));
        assertEquals("", archives.serverOptionProperty(primary));
    }

    @Test
    void controllersOfAStateWhosePathIsNotShellSafeGetNoOptionSinceDomainShEvaluatesIt() {
        for (String name : new String[] {"my state", "it's", "$(touch x)"}) {
            StateDir unsafe = new StateDir(tmp.resolve(name));
            ClassDataArchives unsafeArchives = new ClassDataArchives(unsafe, new Installation(tmp.resolve("wildfly"), "39.0.1.Final"), topology, true);
            unsafeArchives.prepare(primary);
            assertEquals("", unsafeArchives.hostControllerOption(primary), name);
            assertEquals("", unsafeArchives.processControllerOption(primary), name);
            assertEquals(WRITE_SERVERS, unsafeArchives.serverOptionProperty(primary), name);
        }
    }

    @Test
    void aStateThatKeepsNoArchivesDeletesAnEarlierSessionsSoThatNoJvmMapsOrWritesOne() throws IOException {
        archiveAll();
        ClassDataArchives none = new ClassDataArchives(state, new Installation(tmp.resolve("wildfly"), "39.0.1.Final"), topology, false);
        none.prepare(primary);
        assertFalse(Files.exists(hostData().resolve("steadfast-cds-host-controller.jsa")));
        assertFalse(Files.exists(hostData().resolve("steadfast-cds-process-controller.jsa")));
        for (Server s : topology.serversOn(primary)) {
            assertFalse(Files.exists(serverArchive(s)), s.name()); // server/020's default then maps the JDK's archive alone
        }
        assertEquals("", none.processControllerOption(primary));
        assertEquals("", none.hostControllerOption(primary));
        assertEquals("", none.serverOptionProperty(primary));
    }

    /** Every archive of the host, complete as far as the magic goes. */
    private void archiveAll() throws IOException {
        Files.write(hostData().resolve("steadfast-cds-host-controller.jsa"), MAGIC);
        Files.write(hostData().resolve("steadfast-cds-process-controller.jsa"), MAGIC);
        for (Server s : topology.serversOn(primary)) {
            Files.createDirectories(serverArchive(s).getParent());
            Files.write(serverArchive(s), MAGIC);
        }
    }

    private Path hostData() {
        return state.host(primary.name()).resolve("data");
    }

    private Path serverArchive(Server s) {
        return state.host(primary.name()).resolve("servers").resolve(s.name()).resolve("data").resolve(ClassDataArchives.ARCHIVE);
    }
}
