package dev.steadfast.ops.domain;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import dev.steadfast.ops.UserError;
import dev.steadfast.ops.health.HttpsProbe;
import dev.steadfast.ops.management.Management;
import dev.steadfast.ops.provision.Secrets;
import dev.steadfast.ops.provision.StateDir;
import dev.steadfast.ops.supervision.ClusterLink;
import dev.steadfast.ops.supervision.EventLog;
import dev.steadfast.ops.supervision.MetricsEndpoint;
import dev.steadfast.ops.supervision.Supervisor;
import dev.steadfast.ops.supervision.SupervisorSettings;
import dev.steadfast.ops.topology.Host;
import dev.steadfast.ops.topology.Ports;
import dev.steadfast.ops.topology.Topology;

/**
 * {@code supervise --host NAME}: runs the supervisor of one host of the running domain in the foreground until it is
 * told to stop (SIGTERM, as {@code down} and a service manager send it).
 */
record Supervision(StateDir state, PrintStream out) {

    /** @param domainBaseDir the host controller's {@code jboss.domain.base.dir}; by default where {@code up} keeps the host */
    void supervise(Topology topology, String hostName, Path domainBaseDir) {
        Host host = topology.hosts().stream().filter(h -> h.name().equals(hostName)).findFirst()
                .orElseThrow(() -> new UserError("Unknown host '" + hostName + "'; the hosts of topology " + topology.name()
                        + " are " + topology.hosts().stream().map(Host::name).toList() + "."));
        Secrets secrets = new Secrets(state);
        SupervisorSettings settings = SupervisorSettings.DEFAULT;
        Path baseDir = domainBaseDir != null ? domainBaseDir.toAbsolutePath().normalize() : state.host(host.name());
        List<Supervisor.Watched> servers = topology.serversOn(host).stream()
                .map(s -> {
                    boolean worker = !topology.groupOf(s).balancer();
                    return new Supervisor.Watched(s.name(), host.publicAddress(), s.port(worker ? Ports.PROBE_HTTPS : Ports.HTTPS), worker, baseDir);
                })
                .toList();
        try (HostLock only = onlySupervisorOf(host); Management m = Administrator.connect(topology, secrets)) {
            Supervisor supervisor = new Supervisor(host.name(), servers, clusterLink(topology, host, settings), m,
                    new HttpsProbe(secrets.clientTls(), settings.readTimeout()),
                    EventLog.of(state.logs(), host.name()), settings, out);
            Optional<MetricsEndpoint> metrics = serveMetrics(host, secrets, supervisor);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> supervisor.stop(Duration.ofSeconds(5)), "stop supervisor"));
            try {
                supervisor.run();
            } finally {
                metrics.ifPresent(MetricsEndpoint::close);
            }
        }
    }

    /**
     * A lock on {@code run/supervisor-HOST.lock} for as long as this supervisor runs: a second supervisor of the same
     * host (a service manager beside {@code up}'s, a hand-started one) would fence and start the same servers.
     */
    private HostLock onlySupervisorOf(Host host) {
        Path file = state.run().resolve("supervisor-" + host.name() + ".lock");
        try {
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            if (channel.tryLock() == null) {
                channel.close();
                throw new UserError("A supervisor of host " + host.name() + " runs already (it holds " + file + ").");
            }
            return new HostLock(channel);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lock's channel; closing it gives the lock back (the JVM's end does too). */
    private record HostLock(FileChannel channel) implements AutoCloseable {
        @Override
        public void close() {
            try {
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The host's figures at its management address, port {@link Ports#HOST_METRICS}; a port that cannot be had is said
     * once, and the supervisor watches all the same: fencing never waits on monitoring.
     */
    private Optional<MetricsEndpoint> serveMetrics(Host host, Secrets secrets, Supervisor supervisor) {
        try {
            return Optional.of(new MetricsEndpoint(new InetSocketAddress(host.managementAddress(), Ports.HOST_METRICS), secrets.probeListenerTls(),
                    () -> supervisor.metricsPage() + new CertificateFigures(secrets, host.name()).page()));
        } catch (RuntimeException e) {
            out.println(e.getMessage() + (e.getCause() == null ? "" : " (" + e.getCause().getMessage() + ")")
                    + "; supervising without serving the host's figures");
            return Optional.empty();
        }
    }

    /**
     * This host's link to the workers of the domain controller's host that share a group with its own workers; none on
     * the domain controller's host itself, nor where that host runs no such worker (docs/reasons.md#partitions).
     */
    static Optional<ClusterLink> clusterLink(Topology topology, Host host, SupervisorSettings settings) {
        if (host.domainController()) {
            return Optional.empty();
        }
        List<ClusterLink.Peer> peers = topology.serversOn(host).stream().map(topology::groupOf).filter(g -> !g.balancer()).distinct()
                .flatMap(g -> g.servers().stream()).filter(s -> s.host().domainController())
                .map(s -> new ClusterLink.Peer(s.host().name(), s.name(), s.host().privateAddress(), s.port(Ports.JGROUPS_FD)))
                .toList();
        return peers.isEmpty() ? Optional.empty() : Optional.of(new ClusterLink(host.privateAddress(), peers, settings.readTimeout()));
    }
}
