package dev.steadfast.ops.provision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.steadfast.ops.UserError;

import dev.steadfast.ops.system.PrivateFiles;
import dev.steadfast.ops.topology.DatabaseChoice;
import dev.steadfast.ops.topology.DatabaseKind;
import dev.steadfast.ops.topology.Host;
import dev.steadfast.ops.topology.Topology;

/**
 * {@code steadfast render}: the curated configuration for a user's own topology and hosts, to apply with the stock
 * {@code jboss-cli.sh} of any WildFly 39 installation. Into an output directory (0700) the user owns, it writes:
 * <ul>
 *   <li>{@code HOST.cli} per host: the complete, ordered script for an offline apply to that host's base directory
 *       (embedded host controller), every parameter filled in, secrets as {@code ${ENC::steadfast:...}} expressions;</li>
 *   <li>{@code online.cli}: the whole set for a running domain, through its domain controller;</li>
 *   <li>{@code hosts/HOST/configuration/}: what each host's configuration directory needs beside it (the key of the
 *       expressions, the TLS key and trust stores, the realm users with their generated passwords);</li>
 *   <li>{@code secrets/}: the generated passwords (0600) and {@code wildfly-config.xml} for jboss-cli as the administrator;</li>
 *   <li>{@code apps/}: steadfast-probe.war (and the PostgreSQL driver), which the domain controller's script deploys.</li>
 * </ul>
 * Rendering again into the same directory keeps its secrets and so writes the same scripts.
 */
public final class Renderer {

    private static final String MARKER = ".steadfast-render";

    private final Path output;
    private final Path postgresqlDriver;

    public Renderer(Path output, Path postgresqlDriver) {
        this.output = output.toAbsolutePath().normalize();
        this.postgresqlDriver = postgresqlDriver;
    }

    /** Renders every host's script and what it needs; returns the scripts written. */
    public List<Path> render(Topology topology, DatabaseChoice choice) {
        new BootDeployments(new StateDir(output), postgresqlDriver).requireDriver(choice.kind());
        claimOutput();
        StateDir state = new StateDir(output);
        BootDeployments boot = new BootDeployments(state, copyDriver(choice));
        Secrets secrets = new Secrets(state);
        Database database = Database.of(topology, choice, secrets);
        secrets.ensureKeyMaterial(topology.hosts().stream()
                .flatMap(h -> List.of(h.publicAddress(), h.privateAddress(), h.managementAddress()).stream()).toList());
        HostScripts scripts = new HostScripts(topology, new ScriptParameters(topology, secrets, database));
        List<Path> written = new ArrayList<>();
        for (Host h : topology.hosts()) {
            Path config = PrivateFiles.directory(state.hostConfig(h.name()));
            HostBaseDir.copyKeys(secrets, config);
            if (h.domainController()) {
                RealmUsers.domainAccounts(config, topology, secrets);
            }
            RealmUsers.applicationAdmin(config, secrets);
            String deployments = h.domainController() ? boot.commands(topology, choice.kind()) : "";
            Path script = output.resolve(h.name() + ".cli");
            PrivateFiles.write(script, header(h) + scripts.rename(h) + scripts.offline(h, deployments));
            written.add(script);
        }
        Path online = output.resolve("online.cli");
        PrivateFiles.write(online, "# The curated configuration of topology " + topology.name()
                + ", for its running domain: apply through the domain controller.\n" + scripts.online() + boot.commands(topology, choice.kind()));
        written.add(online);
        new ClientConfig(topology, secrets).write();
        return written;
    }

    /**
     * The output directory is new, empty, or one rendered into before (marked so): never a directory of the user's that
     * would be narrowed to 0700 and filled with secrets by mistake.
     */
    private void claimOutput() {
        Path marker = output.resolve(MARKER);
        try (Stream<Path> entries = Files.exists(output) ? Files.list(output) : Stream.empty()) {
            if (entries.findAny().isPresent() && !Files.exists(marker)) {
                throw new UserError("Output directory " + output + " is neither empty nor an earlier rendering; give a new or empty one.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PrivateFiles.directory(output);
        PrivateFiles.write(marker, "Rendered by steadfast render: scripts, and the secrets they were rendered with.\n");
    }

    /** The PostgreSQL driver travels with the scripts (apps/), so that nothing they deploy lies in a build directory. */
    private Path copyDriver(DatabaseChoice choice) {
        if (choice.kind() != DatabaseKind.POSTGRESQL) {
            return postgresqlDriver;
        }
        Path copy = PrivateFiles.directory(output.resolve("apps")).resolve(postgresqlDriver.getFileName());
        PrivateFiles.copy(postgresqlDriver, copy);
        return copy;
    }

    private String header(Host h) {
        return "# Host " + h.name() + (h.domainController() ? " (domain controller)" : "") + ": apply offline with the host's"
                + " base directory, after copying " + output.resolve("hosts").resolve(h.name()).resolve("configuration")
                + "/* into its configuration directory:\n"
                + "#   JAVA_OPTS=\"-Djboss.domain.base.dir=BASE_DIR -Djboss.host.name=" + h.name() + "\" jboss-cli.sh --file="
                + output.resolve(h.name() + ".cli") + "\n"
                + "# and start it with the same two properties: domain.sh --host-config=" + h.hostConfigFile()
                + " -Djboss.domain.base.dir=BASE_DIR -Djboss.host.name=" + h.name() + "\n"
                + (h.domainController() ? "# It deploys from " + output.resolve("apps") + ": apply it where that directory is.\n" : "");
    }
}
