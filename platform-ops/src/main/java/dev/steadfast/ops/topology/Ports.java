package dev.steadfast.ops.topology;

/**
 * The base ports of every topology, on the addresses of its hosts; a server adds its group's port offset. The
 * same numbers are written in the socket binding groups of cli-scripts/domain/020-socket-bindings.cli.
 */
public final class Ports {

    /** Plain HTTP, public address; redirects to HTTPS. */
    public static final int HTTP = 8080;
    /** HTTPS, public address. */
    public static final int HTTPS = 8443;
    /**
     * An application server's probe, HTTPS on a listener and threads of its own (cli-scripts/domain/097), public
     * address: what the supervisor and {@code status} ask; never reached through the balancer. 1000 above HTTPS, not
     * a few hundred: port offsets go in hundreds, and a group's probe must not land on another group's HTTPS port.
     */
    public static final int PROBE_HTTPS = 9443;
    /** JGroups TCP transport, private address. */
    public static final int JGROUPS = 7600;
    /** JGroups FD_SOCK2, private address. */
    public static final int JGROUPS_FD = 57600;
    /** A host controller's HTTPS management interface, management address. */
    public static final int MANAGEMENT_HTTPS = 9993;
    /**
     * A host's figures for Prometheus, served by its supervisor (HTTPS with the domain's key pair; clients show it or the
     * monitoring key pair), management address.
     */
    public static final int HOST_METRICS = 9994;
    /** The zero-install H2 database server, private address of the domain controller. */
    public static final int H2 = 9092;

    private Ports() {}
}
