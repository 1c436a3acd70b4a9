package dev.steadfast.ops.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dev.steadfast.ops.provision.Installation;
import dev.steadfast.ops.provision.StateDir;
import dev.steadfast.ops.system.PrivateFiles;
import dev.steadfast.ops.topology.Host;
import dev.steadfast.ops.topology.Topology;

/**
 * Class-data-sharing archives of every JVM of a host (docs/reasons.md#class-data-sharing): one per process, in the
 * process's own data directory. A JVM whose archive is missing writes one when it exits normally
 * ({@code -XX:ArchiveClassesAtExit}); one whose archive exists maps it ({@code -XX:SharedArchiveFile}), so that it
 * neither parses nor verifies again the classes of the last run. A server's option is in its own JVM settings
 * (cli-scripts/server/020), with the mode as {@value #SERVER_MODE_PROPERTY}, a system property of the host controller
 * set here per host: when one server of the host lacks its archive, they all write theirs (the option is resolved
 * when the host controller launches the server, and cannot depend on the server's own file). An
 * archive only fits the JVM build and the installation it was written with; a host whose stamp differs has its
 * archives deleted and written again.
 */
record ClassDataArchives(StateDir state, Installation installation, Topology topology) {

    static final String SERVER_MODE_PROPERTY = "steadfast.cds.mode";
    static final String ARCHIVE = "steadfast-cds.jsa";
    private static final String STAMP = "steadfast-cds.stamp";
    private static final String MAP = "SharedArchiveFile";
    private static final String WRITE = "ArchiveClassesAtExit";

    /** The archives of a host, checked against the JVM that will run them; those of another JVM or installation go. */
    void prepare(Host h) {
        Path stamp = PrivateFiles.directory(hostData(h)).resolve(STAMP);
        String expected = stamp();
        if (!expected.equals(PrivateFiles.read(stamp))) {
            try (Stream<Path> files = Files.walk(state.host(h.name()))) {
                for (Path archive : files.filter(f -> f.getFileName().toString().startsWith("steadfast-cds")
                        && f.getFileName().toString().endsWith(".jsa")).toList()) {
                    Files.delete(archive);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            PrivateFiles.write(stamp, expected);
        }
    }

    String processControllerOption(Host h) {
        return option(hostData(h).resolve("steadfast-cds-process-controller.jsa"));
    }

    String hostControllerOption(Host h) {
        return option(hostData(h).resolve("steadfast-cds-host-controller.jsa"));
    }

    /** The host controller's system property that chooses whether the host's servers map or write their archives. */
    String serverModeProperty(Host h) {
        boolean allThere = topology.serversOn(h).stream()
                .allMatch(s -> Files.isRegularFile(state.host(h.name()).resolve("servers/" + s.name() + "/data").resolve(ARCHIVE)));
        return "-D" + SERVER_MODE_PROPERTY + "=" + (allThere ? MAP : WRITE);
    }

    /**
     * The option for a controller; none when the path holds whitespace, since domain.sh splits the controllers' JVM
     * options on it (the servers' option reaches their JVM whole).
     */
    private static String option(Path archive) {
        if (archive.toString().chars().anyMatch(Character::isWhitespace)) {
            return "";
        }
        return "-XX:" + (Files.isRegularFile(archive) ? MAP : WRITE) + "=" + archive;
    }

    private Path hostData(Host h) {
        return state.host(h.name()).resolve("data");
    }

    /** What an archive depends on: the JVM build (the launcher's, which domain.sh is given) and the installation. */
    private String stamp() {
        return String.join("\n", List.of(System.getProperty("java.home"), System.getProperty("java.vm.version"),
                installation.home().toString()));
    }
}
