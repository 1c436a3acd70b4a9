package dev.steadfast.ops.domain;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import dev.steadfast.ops.UserError;
import dev.steadfast.ops.container.DomainImage;
import dev.steadfast.ops.container.Podman;
import dev.steadfast.ops.health.HttpsProbe;
import dev.steadfast.ops.management.Management;
import dev.steadfast.ops.provision.Database;
import dev.steadfast.ops.provision.Installation;
import dev.steadfast.ops.provision.Provisioner;
import dev.steadfast.ops.provision.Secrets;
import dev.steadfast.ops.provision.StateDir;
import dev.steadfast.ops.system.ProcessTree;
import dev.steadfast.ops.system.StartedProcess;
import dev.steadfast.ops.topology.DatabaseChoice;
import dev.steadfast.ops.topology.DatabaseKind;
import dev.steadfast.ops.topology.Host;
import dev.steadfast.ops.topology.Ports;
import dev.steadfast.ops.topology.Server;
import dev.steadfast.ops.topology.Topology;

/**
 * {@code up}: refuses when up or when a port is taken, provisions what changed, starts the database and the host
 * controllers (as processes, or each in a container: {@link HostContainers}), waits until the domain is ready and says
 * where everything is. If anything fails on the way, it stops
 * what it started before it reports the failure.
 */
record Startup(Workspace workspace, StateDir state, PrintStream out) {

    void up(Topology topology, DatabaseChoice choice, boolean classDataArchives, boolean containers) {
        RunningState.read(state).ifPresent(r -> {
            throw new UserError("Steadfast is already up (topology " + r.topology() + "); run 'steadfast down' first.");
        });
        long startedNanos = System.nanoTime();
        PortCheck.requireFree(topology, choice.kind());
        Installation installation = Installation.ensure(workspace.wildflyDistribution(), state);
        Provisioner provisioner = new Provisioner(state, installation, workspace.postgresqlDriver(), this::step);
        Secrets secrets = provisioner.secrets();
        // Podman (and the user and state it needs) is checked before anything starts.
        Optional<Podman> podman = containers ? Optional.of(HostContainers.podman(state)) : Optional.empty();
        List<StartedProcess> processes = new ArrayList<>();
        try {
            Database database = provisioner.provision(topology, choice);
            if (choice.kind() == DatabaseKind.H2) {
                String address = topology.domainController().privateAddress();
                step("starting the H2 database on " + address + ":" + Ports.H2);
                processes.add(new H2Server(installation, state, secrets, address).start());
            }
            Function<Host, StartedProcess> launcher = new HostLauncher(installation, state, topology, classDataArchives)::launch;
            if (podman.isPresent()) {
                step("making the domain's image (the base image first, once: about two minutes)");
                String image = new DomainImage(podman.get(), installation, state.containers()).ensure();
                launcher = new HostContainers(podman.get(), state, secrets, installation, topology, image)::launch;
            }
            for (Host h : topology.hosts()) {
                step("starting host controller " + h.name() + " on " + h.managementAddress() + (containers ? ", in container " + HostContainers.name(h.name()) : ""));
                processes.add(launcher.apply(h));
            }
            new RunningState(topology.name(), topology.source(), database, containers, List.copyOf(processes)).save(state);
            try (Management m = Administrator.connect(topology, secrets)) {
                new ReadinessWait(m, topology, new HttpsProbe(secrets.clientTls(), DomainView.READ_TIMEOUT), out)
                        .await(startedNanos, state.hosts().toString());
            }
            // Supervisors start once the domain is ready: until then a server that is not yet live is booting, not hung.
            SupervisorLauncher supervisors = new SupervisorLauncher(state, workspace.wildflyDistribution());
            for (Host h : topology.hosts()) {
                step("starting the supervisor of host " + h.name());
                processes.add(supervisors.launch(h));
            }
            new RunningState(topology.name(), topology.source(), database, containers, List.copyOf(processes)).save(state);
        } catch (RuntimeException | Error e) {
            out.println("steadfast: up failed, stopping what it started");
            ProcessTree.stop(processes.stream().filter(p -> SupervisorLauncher.isSupervisor(p.role())).toList(), Duration.ZERO);
            ProcessTree.stop(processes, Duration.ZERO);
            podman.ifPresent(p -> {
                try {
                    HostContainers.remove(p, state);
                } catch (RuntimeException cleanup) {
                    e.addSuppressed(cleanup);
                }
            });
            RunningState.clear(state);
            throw e;
        }
        summary(topology, secrets, startedNanos);
    }

    private void summary(Topology topology, Secrets secrets, long started) {
        Server b = topology.balancer();
        String publicAddress = b.host().publicAddress();
        out.printf("Steadfast is up: topology %s, ready after %.1f s.%n", topology.name(), (System.nanoTime() - started) / 1e9);
        out.printf("  Applications:  https://%s:%d/<context>  (plain http://%s:%d redirects there)%n",
                publicAddress, b.port(Ports.HTTPS), publicAddress, b.port(Ports.HTTP));
        out.printf("  Management:    https://%s:%d  as %s%n", topology.domainController().managementAddress(),
                Ports.MANAGEMENT_HTTPS, Secrets.ADMIN_USER);
        out.printf("  Credentials:   %s (admin.password; jboss-cli: -Dwildfly.config.url=%s)%n",
                secrets.directory(), secrets.directory().resolve("wildfly-config.xml"));
        out.printf("  App admin:     %s (role admin; %s.password)%n", Secrets.APP_ADMIN_USER, Secrets.APP_ADMIN_USER);
        out.printf("  CA to trust:   %s%n", secrets.certificate());
        out.printf("  Logs:          %s%n", state.hosts());
        out.printf("  Supervisors:   %s (supervisor-<host>.log; what they did: supervisor-<host>.events.jsonl)%n", state.logs());
    }

    private void step(String what) {
        out.println("steadfast: " + what);
    }
}
