package dev.steadfast.ops.provision;

import java.util.List;

import dev.steadfast.ops.management.JbossCli;
import dev.steadfast.ops.topology.Host;
import dev.steadfast.ops.topology.Ports;
import dev.steadfast.ops.topology.Topology;

/**
 * Applies the curated scripts to the hosts of a topology with JBoss CLI: offline, to a host's configuration
 * through {@code embed-host-controller}, or online, to the running domain through its domain controller.
 */
final class ConfigApplier {

    private final Topology topology;
    private final StateDir state;
    private final HostScripts scripts;
    private final ClientConfig clientConfig;
    private final JbossCli cli;

    ConfigApplier(Topology topology, Installation installation, StateDir state, Secrets secrets, Database database) {
        this.topology = topology;
        this.state = state;
        this.scripts = new HostScripts(topology, new ScriptParameters(topology, secrets, database));
        this.clientConfig = new ClientConfig(topology, secrets);
        this.cli = new JbossCli(installation.home(), state.run());
    }

    /** Applies every script that concerns a host to that host's configuration files, the domain's too on the domain controller. */
    JbossCli.Outcome applyOffline(Host host, String extraCommands) {
        return cli.run(scripts.offline(host, extraCommands), "apply-" + host.name() + ".cli", hostProperties(host), List.of());
    }

    /** Renames a domain controller that is not called "primary", in a fresh base directory (see {@link HostScripts#rename}). */
    void nameDomainController(Host host) {
        String rename = scripts.rename(host);
        if (!rename.isEmpty()) {
            cli.run(rename, "name-" + host.name() + ".cli", "-Djboss.domain.base.dir=" + state.host(host.name()), List.of());
        }
    }

    /** Applies the whole set to the running domain through the domain controller, then these commands. */
    JbossCli.Outcome applyOnline(String extraCommands) {
        return runOnline(scripts.online() + extraCommands, "apply-online.cli");
    }

    /** Runs a script against the running domain through the domain controller, as its administrator. */
    JbossCli.Outcome runOnline(String script, String fileName) {
        Host dc = topology.domainController();
        return cli.run(script, fileName, "-Dwildfly.config.url=" + clientConfig.file(),
                List.of("--connect", "--controller=remote+https://" + dc.managementAddress() + ":" + Ports.MANAGEMENT_HTTPS));
    }

    void writeClientConfig() {
        clientConfig.write();
    }

    /** Everything applied to one host, as the CLI will read it; also what decides whether a re-apply is needed. */
    String renderFor(Host host, String extraCommands) {
        return scripts.renderFor(host, extraCommands);
    }

    private String hostProperties(Host host) {
        return "-Djboss.domain.base.dir=" + state.host(host.name()) + " -Djboss.host.name=" + host.name();
    }
}
