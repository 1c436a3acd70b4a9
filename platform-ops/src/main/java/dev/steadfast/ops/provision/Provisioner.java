package dev.steadfast.ops.provision;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

import dev.steadfast.ops.UserError;
import dev.steadfast.ops.system.PrivateFiles;
import dev.steadfast.ops.topology.DatabaseChoice;
import dev.steadfast.ops.topology.Group;
import dev.steadfast.ops.topology.Host;
import dev.steadfast.ops.topology.Topology;

/**
 * Makes the hosts of a topology match the curated configuration: a base directory per host, its users and key
 * material, and the scripts applied offline, host by host in parallel, only where the rendered scripts differ
 * from those last applied. Also re-applies everything, offline or online, and reports what changed.
 */
public final class Provisioner {

    private final StateDir state;
    private final Installation installation;
    private final Secrets secrets;
    private final BootDeployments bootDeployments;
    private final Consumer<String> progress;

    public Provisioner(StateDir state, Installation installation, Path postgresqlDriver, Consumer<String> progress) {
        this.state = state;
        this.installation = installation;
        this.secrets = new Secrets(state);
        this.bootDeployments = new BootDeployments(state, postgresqlDriver);
        this.progress = progress;
    }

    public Secrets secrets() {
        return secrets;
    }

    /** Prepares every host and applies what changed; returns the database settings the servers got. */
    public Database provision(Topology topology, DatabaseChoice choice) {
        bootDeployments.requireDriver(choice.kind());
        Database database = Database.of(topology, choice, secrets);
        progress.accept("preparing hosts");
        secrets.ensureKeyMaterial(addresses(topology));
        ConfigApplier applier = new ConfigApplier(topology, installation, state, secrets, database);
        List<CompletableFuture<Void>> work = new ArrayList<>();
        for (Host h : topology.hosts()) {
            new HostBaseDir(state, installation, secrets, topology).prepare(h, applier);
            String deployments = h.domainController() ? bootDeployments.commands(topology, choice.kind()) : "";
            work.add(CompletableFuture.runAsync(() -> applyIfChanged(applier, h, deployments)));
        }
        try {
            CompletableFuture.allOf(work.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        applier.writeClientConfig();
        return database;
    }

    /** Applies all scripts offline to every host, provisioned before, and returns the number of operations that changed something. */
    public int applyOffline(Topology topology, DatabaseChoice choice) {
        Database database = Database.of(topology, choice, secrets);
        for (Host h : topology.hosts()) {
            if (!Files.exists(HostBaseDir.marker(state, h))) {
                throw new UserError("Host " + h.name() + " is not provisioned; run 'steadfast provision' first.");
            }
        }
        ensureHostKeys(topology, false);
        ConfigApplier applier = new ConfigApplier(topology, installation, state, secrets, database);
        int changes = 0;
        for (Host h : topology.hosts()) {
            String deployments = h.domainController() ? bootDeployments.commands(topology, choice.kind()) : "";
            changes += applier.applyOffline(h, deployments).changes();
        }
        return changes;
    }

    /**
     * Applies all scripts to the running domain through its domain controller, then its boot deployments, so that a
     * domain an earlier release provisioned gets this release's probe (replaced on every server at once: it holds no
     * sessions, and the supervisor takes its brief 404 for an answer); returns the number of changing operations.
     */
    public int applyOnline(Topology topology, Database database, boolean hostsInContainers) {
        ensureHostKeys(topology, hostsInContainers);
        return new ConfigApplier(topology, installation, state, secrets, database)
                .applyOnline(bootDeployments.commands(topology, database.kind())).changes();
    }

    /**
     * Applies the profile scripts an archive carries ({@link ArchiveScripts}) to the running domain, to the profile of
     * the group it goes to; returns the number of changing operations (none when it carries none).
     */
    public int applyArchiveScripts(Topology topology, Database database, Group group, Path archive) {
        ArchiveScripts scripts = ArchiveScripts.of(archive);
        if (scripts.isEmpty()) {
            return 0;
        }
        progress.accept("applying " + archive.getFileName() + "'s profile scripts " + scripts.names() + " to " + group.profile());
        return new ConfigApplier(topology, installation, state, secrets, database)
                .runOnline(scripts.render("/profile=" + group.profile()), "apply-archive.cli").changes();
    }

    /**
     * Key material the scripts refer to, made when missing and copied to every host each time: a domain provisioned
     * before a key existed (the cluster key, the monitoring key) gets it before a script points a server at it, and a
     * copy a crash cut short is made whole.
     */
    private void ensureHostKeys(Topology topology, boolean hostsInContainers) {
        secrets.ensureKeyMaterial(addresses(topology));
        // Hosts in containers read them from Podman secrets, fixed when the container was made: a copy would land
        // beside the mount, outside the container, and key material made now reaches them at the next up.
        for (Host h : hostsInContainers ? List.<Host>of() : topology.hosts()) {
            HostBaseDir.copyKeys(secrets, state.hostConfig(h.name()));
        }
    }

    private static List<String> addresses(Topology topology) {
        return topology.hosts().stream().flatMap(h -> List.of(h.publicAddress(), h.privateAddress(), h.managementAddress()).stream())
                .toList();
    }

    /** Offline apply, skipped when the scripts and their parameters are those already applied to this host. */
    private void applyIfChanged(ConfigApplier applier, Host h, String bootDeployments) {
        Path fingerprintFile = state.host(h.name()).resolve(".steadfast-applied");
        String fingerprint = sha256(applier.renderFor(h, bootDeployments));
        if (PrivateFiles.read(fingerprintFile).equals(fingerprint)) {
            return;
        }
        progress.accept("applying cli-scripts to host " + h.name() + " (offline)");
        applier.applyOffline(h, bootDeployments);
        PrivateFiles.write(fingerprintFile, fingerprint);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
