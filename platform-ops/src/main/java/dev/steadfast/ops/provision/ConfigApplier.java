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
    private final ScriptParameters scripts;
    private final ClientConfig clientConfig;
    private final JbossCli cli;

    ConfigApplier(Topology topology, Installation installation, StateDir state, Secrets secrets, Database database) {
        this.topology = topology;
        this.state = state;
        this.scripts = new ScriptParameters(topology, secrets, database);
        this.clientConfig = new ClientConfig(topology, secrets);
        this.cli = new JbossCli(installation.home(), state.run());
    }

    /** Applies every script that concerns a host to that host's configuration files, the domain's too on the domain controller. */
    JbossCli.Outcome applyOffline(Host host, String extraCommands) {
        String embed = host.domainController()
                ? "embed-host-controller --domain-config=domain.xml --host-config=" + host.hostConfigFile()
                : "embed-host-controller --host-config=" + host.hostConfigFile();
        String script = embed + "\n" + renderFor(host, extraCommands) + "stop-embedded-host-controller\n";
        return cli.run(script, "apply-" + host.name() + ".cli", hostProperties(host), List.of());
    }

    /**
     * host-primary.xml names its host "primary", and a name in the file wins over jboss.host.name: a domain
     * controller with another name is renamed once, in a fresh base directory, before anything is applied.
     */
    void nameDomainController(Host host) {
        if (!host.domainController() || "primary".equals(host.name())) {
            return;
        }
        cli.run("embed-host-controller --domain-config=domain.xml --host-config=host-primary.xml\n"
                + "/host=primary:write-attribute(name=name, value=" + host.name() + ")\n"
                + "stop-embedded-host-controller\n", "name-" + host.name() + ".cli",
                "-Djboss.domain.base.dir=" + state.host(host.name()), List.of());
    }

    /** Applies the whole set to the running domain through the domain controller. */
    JbossCli.Outcome applyOnline() {
        Host dc = topology.domainController();
        return cli.run(scripts.scriptFor(topology.hosts()), "apply-online.cli", "-Dwildfly.config.url=" + clientConfig.file(),
                List.of("--connect", "--controller=remote+https://" + dc.managementAddress() + ":" + Ports.MANAGEMENT_HTTPS));
    }

    void writeClientConfig() {
        clientConfig.write();
    }

    /** Everything applied to one host, as the CLI will read it; also what decides whether a re-apply is needed. */
    String renderFor(Host host, String extraCommands) {
        return scripts.scriptFor(List.of(host)) + extraCommands;
    }

    private String hostProperties(Host host) {
        return "-Djboss.domain.base.dir=" + state.host(host.name()) + " -Djboss.host.name=" + host.name();
    }
}
