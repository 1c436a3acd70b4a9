package dev.steadfast.ops.provision;

import java.util.List;

import dev.steadfast.ops.topology.Host;
import dev.steadfast.ops.topology.Topology;

/**
 * The complete CLI text of a topology, every parameter filled in: per host for an offline apply (embedded host
 * controller), or the whole domain for an online apply through the domain controller. {@code up} runs it; {@code
 * render} writes it for a user's own {@code jboss-cli.sh}.
 */
record HostScripts(Topology topology, ScriptParameters parameters) {

    /** Everything applied to one host, as the CLI will read it; also what decides whether a re-apply is needed. */
    String renderFor(Host host, String extraCommands) {
        return parameters.scriptFor(List.of(host)) + extraCommands;
    }

    /** The offline script of a host: its embedded host controller (with the domain's model on the domain controller). */
    String offline(Host host, String extraCommands) {
        String embed = host.domainController()
                ? "embed-host-controller --domain-config=domain.xml --host-config=" + host.hostConfigFile()
                : "embed-host-controller --host-config=" + host.hostConfigFile();
        return embed + "\n" + renderFor(host, extraCommands) + "stop-embedded-host-controller\n";
    }

    /**
     * host-primary.xml names its host "primary", and a name in the file wins over jboss.host.name: a domain
     * controller with another name is renamed once before anything is applied (guarded: a renamed host is left as
     * it is, so a rendered script can be applied again). Empty when there is nothing to rename.
     */
    String rename(Host host) {
        if (!host.domainController() || "primary".equals(host.name())) {
            return "";
        }
        return "embed-host-controller --domain-config=domain.xml --host-config=host-primary.xml\n"
                + "if (outcome == success) of /host=primary:read-resource\n"
                + "    /host=primary:write-attribute(name=name, value=" + host.name() + ")\n"
                + "end-if\n"
                + "stop-embedded-host-controller\n";
    }

    /** The whole set, for a running domain, through its domain controller. */
    String online() {
        return parameters.scriptFor(topology.hosts());
    }
}
