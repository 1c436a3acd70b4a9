package dev.steadfast.ops.provision;

import java.util.Map;

/**
 * How a server finds the other members of its cluster (cli-scripts/profile/040): the JGroups protocol that takes
 * MPING's place, and its properties as a CLI map.
 */
enum Discovery {

    /** The members of the server's group, listed by the topology in {@code steadfast.cluster.members}. */
    TCPPING("org.jgroups.protocols.TCPPING", "{initial_hosts=\"${steadfast.cluster.members}\", port_range=0}"),
    /**
     * Every address DNS gives for one name that all members carry, read from the environment when the server starts,
     * since only the container's platform knows it (a headless Service, a network alias).
     */
    DNS_PING("org.jgroups.protocols.dns.DNS_PING", "{dns_query=\"${env." + Discovery.DNS_QUERY_VARIABLE + "}\", dns_record_type=A}");

    /** The environment variable of a container that names the members' DNS name. */
    static final String DNS_QUERY_VARIABLE = "STEADFAST_DNS_QUERY";

    private final String protocol;
    private final String properties;

    Discovery(String protocol, String properties) {
        this.protocol = protocol;
        this.properties = properties;
    }

    void put(Map<String, String> parameters) {
        parameters.put("steadfast.discovery.protocol", protocol);
        parameters.put("steadfast.discovery.properties", properties);
    }
}
