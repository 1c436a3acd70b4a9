package dev.steadfast.ops.domain;

import dev.steadfast.ops.management.Management;
import dev.steadfast.ops.provision.Secrets;
import dev.steadfast.ops.topology.Ports;
import dev.steadfast.ops.topology.Topology;

/** The management API of a domain, reached at its domain controller's management address as the generated administrator. */
final class Administrator {

    private Administrator() {}

    static Management connect(Topology topology, Secrets secrets) {
        return Management.connect(topology.domainController().managementAddress(), Ports.MANAGEMENT_HTTPS,
                secrets.trustStore(), secrets.password("tls"), Secrets.ADMIN_USER, secrets.password("admin"));
    }
}
