package dev.steadfast.ops.topology;

/**
 * A host of the domain and its three addresses (see docs/reasons.md#three-interfaces-on-every-host): public is
 * what users reach (the servers' HTTP and HTTPS listeners); private carries the cluster (JGroups), the workers'
 * registration at the balancer and the database; management is where its host controller answers.
 */
public record Host(String name, String publicAddress, String privateAddress, String managementAddress, boolean domainController) {

    /** The host's base directory names its host file after its role, as WildFly's distribution does. */
    public String hostConfigFile() {
        return domainController ? "host-primary.xml" : "host-secondary.xml";
    }
}
