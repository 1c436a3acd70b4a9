package dev.steadfast.ops.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.steadfast.ops.provision.Installation;
import dev.steadfast.ops.provision.StateDir;
import dev.steadfast.ops.system.PrivateFiles;
import dev.steadfast.ops.topology.Host;
import dev.steadfast.ops.topology.Server;
import dev.steadfast.ops.topology.Topology;

/**
 * Class-data-sharing archives of every JVM of a host (docs/reasons.md#class-data-sharing): one per process, in the
 * process's own data directory. A JVM whose archive is missing writes one when it exits normally
 * ({@code -XX:ArchiveClassesAtExit}); one whose archive exists maps it ({@code -XX:SharedArchiveFile}), so that it
 * neither parses nor verifies again the classes of the last run. A server's option is in its own JVM settings
 * (cli-scripts/server/020) and maps its archive on top of the JDK's unless {@value #SERVER_OPTION_PROPERTY}, a system
 * property of the host controller set here, says to write it: when one server of the host lacks its archive, they all
 * write theirs (the option is resolved when the host controller launches the server, and cannot depend on the
 * server's own file). An archive only fits the JVM build and the installation it was written with; a host whose
 * stamp differs has its archives deleted and written again, and so has a file the JVM did not finish writing. A state
 * that lives one session ({@code up --no-class-data-archives}, a test's) keeps none: its archives would be written at
 * its only {@code down} and never mapped, for half a minute more at that {@code down} and seconds more at each server
 * stop.
 */
record ClassDataArchives(StateDir state, Installation installation, Topology topology, boolean kept) {

    static final String SERVER_OPTION_PROPERTY = "steadfast.cds.option";
    static final String ARCHIVE = "steadfast-cds.jsa";
    private static final String STAMP = "steadfast-cds.stamp";
    private static final String MAP = "SharedArchiveFile";
    private static final String WRITE = "ArchiveClassesAtExit";
    /**
     * The first bytes of a dynamic archive (0xf00baba8, little-endian). The JVM writes its header last, so a file
     * without them was left by a JVM killed while writing it, and would be neither mapped nor ever written again.
     */
    private static final byte[] MAGIC = {(byte) 0xa8, (byte) 0xab, 0x0b, (byte) 0xf0};
    /** What domain.sh passes through its {@code eval} unchanged: a path with anything else gets no option. */
    private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9._/+@%=,-]+");

    /**
     * The archives of a host, checked against the JVM that will run them: those of another JVM or installation go, and
     * so do the unfinished ones; all of them when none are kept, so that no server maps one.
     */
    void prepare(Host h) {
        Path stamp = PrivateFiles.directory(hostData(h)).resolve(STAMP);
        String expected = stamp();
        boolean sameStamp = expected.equals(PrivateFiles.read(stamp));
        try {
            for (Path archive : archives(h)) {
                if (Files.isRegularFile(archive) && (!kept || !sameStamp || !complete(archive))) {
                    Files.delete(archive);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!sameStamp) {
            PrivateFiles.write(stamp, expected);
        }
    }

    String processControllerOption(Host h) {
        return option(processControllerArchive(h));
    }

    String hostControllerOption(Host h) {
        return option(hostControllerArchive(h));
    }

    /**
     * The host controller's system property that makes the host's servers write their archives, when one of them
     * lacks its own; none when they all have one, so that they map them.
     */
    String serverOptionProperty(Host h) {
        if (!kept) {
            return "";
        }
        boolean allThere = topology.serversOn(h).stream().allMatch(s -> Files.isRegularFile(serverArchive(h, s)));
        return allThere ? "" : "-D" + SERVER_OPTION_PROPERTY + "=" + WRITE + "=";
    }

    /** Every archive a host's JVMs map or write, where they are. */
    private List<Path> archives(Host h) {
        return Stream.concat(Stream.of(processControllerArchive(h), hostControllerArchive(h)),
                topology.serversOn(h).stream().map(s -> serverArchive(h, s))).toList();
    }

    private Path processControllerArchive(Host h) {
        return hostData(h).resolve("steadfast-cds-process-controller.jsa");
    }

    private Path hostControllerArchive(Host h) {
        return hostData(h).resolve("steadfast-cds-host-controller.jsa");
    }

    /** A server's archive, in its data directory, where server/020's {@code ${jboss.server.data.dir}} names it. */
    private Path serverArchive(Host h, Server s) {
        return state.host(h.name()).resolve("servers").resolve(s.name()).resolve("data").resolve(ARCHIVE);
    }

    /**
     * The option for a controller; none when archives are not kept, or when the path is not shell-safe, since
     * domain.sh evaluates the options.
     */
    private String option(Path archive) {
        if (!kept || !SHELL_SAFE.matcher(archive.toString()).matches()) {
            return "";
        }
        return "-XX:" + (Files.isRegularFile(archive) ? MAP : WRITE) + "=" + archive;
    }

    private static boolean complete(Path archive) throws IOException {
        try (InputStream in = Files.newInputStream(archive)) {
            return Arrays.equals(MAGIC, in.readNBytes(MAGIC.length));
        }
    }

    private Path hostData(Host h) {
        return state.host(h.name()).resolve("data");
    }

    /**
     * What an archive depends on: the JVM build (the launcher's, which domain.sh is given) and the class path, which is
     * {@code jboss-modules.jar} of the installation (a patched jar at the same place counts as another).
     */
    private String stamp() {
        Path modules = installation.home().resolve("jboss-modules.jar");
        String jar;
        try {
            jar = Files.size(modules) + " " + Files.getLastModifiedTime(modules).toMillis();
        } catch (IOException e) {
            jar = "absent";
        }
        return String.join("\n", List.of(System.getProperty("java.home"), System.getProperty("java.vm.version"),
                installation.home().toString(), jar));
    }
}
