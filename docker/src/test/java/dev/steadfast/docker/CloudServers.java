package dev.steadfast.docker;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import dev.steadfast.ops.container.Podman;
import dev.steadfast.ops.provision.CloudServer;
import dev.steadfast.testing.TestClient;

/**
 * Servers of one image on a Podman network that this fixture creates (internal: nothing beyond it is reachable from
 * a container) and removes with everything else it made: containers, secrets, the network. Every server carries the
 * network alias its members find each other by (DNS_PING) and gets the secrets as files in {@code /run/secrets}.
 */
final class CloudServers implements AutoCloseable {

    /** What every object this fixture makes is labelled and named with, so that it removes exactly those. */
    static final String PREFIX = "steadfast-it";
    static final String SUBNET_PREFIX = "10.89.177.";
    static final String ALIAS = "members";
    /** The address of a server on the machine's own network ({@link #startOnTheMachine}). */
    static final String MACHINE_ADDRESS = "127.0.0.31";
    private static final String NO_RESOLVER = "127.0.0.254";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final Podman podman;
    private final String image;
    private final String application;
    private final Path secretsDirectory;
    private final List<String> secretArguments = new ArrayList<>();
    /** The servers that are pods ({@link #play}), whose container is named after the pod and its container. */
    private final Set<Integer> pods = new HashSet<>();
    /** The servers not on this fixture's network, by their address. */
    private final Map<Integer, String> addresses = new HashMap<>();

    CloudServers(Podman podman, String image, String application, Map<String, Path> secrets, Path secretsDirectory) {
        this.podman = podman;
        this.image = image;
        this.application = application;
        this.secretsDirectory = secretsDirectory;
        removeAll();
        podman.run("network", "create", "--internal", "--subnet", SUBNET_PREFIX + "0/24", "--label", PREFIX, PREFIX);
        secrets.forEach((name, file) -> {
            podman.run("secret", "create", PREFIX + "-" + name, file.toString());
            // Readable by the server's user alone (uid 185, docker/server/Containerfile).
            secretArguments.add("--secret");
            secretArguments.add(PREFIX + "-" + name + ",target=" + name + ",uid=185,gid=185,mode=0400");
        });
    }

    /** The address of server {@code n} (1, 2, ...), fixed so that the TLS certificate can name it. */
    static String address(int n) {
        return SUBNET_PREFIX + (10 + n);
    }

    /** Starts server {@code n} and waits until its application is ready. */
    void start(int n) {
        List<String> args = new ArrayList<>(List.of("run", "--detach", "--init", "--name", name(n), "--hostname", name(n),
                "--label", PREFIX, "--stop-timeout", "30", "--network", PREFIX, "--ip", address(n), "--network-alias", ALIAS,
                "--env", CloudServer.DNS_QUERY_VARIABLE + "=" + ALIAS));
        args.addAll(secretArguments);
        args.add(image);
        podman.run(args.toArray(String[]::new));
        awaitReady(n);
    }

    /**
     * Starts server {@code n} on the machine's network at {@link #MACHINE_ADDRESS} (a loopback address) with the
     * environment given, and waits until its application is ready: for a server that uses a database of the machine's,
     * which listens on loopback only. Its name lookups go to a loopback address where nothing answers, so that DNS_PING
     * asks no resolver beyond the machine and the server forms a cluster of one.
     */
    void startOnTheMachine(int n, Map<String, String> environment) {
        addresses.put(n, MACHINE_ADDRESS);
        List<String> args = new ArrayList<>(List.of("run", "--detach", "--init", "--name", name(n), "--hostname", name(n),
                "--label", PREFIX, "--stop-timeout", "30", "--network", "host", "--dns", NO_RESOLVER,
                "--env", "POD_IP=" + MACHINE_ADDRESS, "--env", CloudServer.DNS_QUERY_VARIABLE + "=" + ALIAS));
        environment.forEach((name, value) -> args.addAll(List.of("--env", name + "=" + value)));
        args.addAll(secretArguments);
        args.add(image);
        podman.run(args.toArray(String[]::new));
        awaitReady(n);
    }

    /**
     * Plays the pod of {@code yaml} ({@code podman kube play}) as server {@code n}, named as {@link #start} names
     * them, on this fixture's network with the members' alias, and waits until its application is ready.
     */
    void play(int n, Path yaml) {
        pods.add(n);
        podman.run("kube", "play", "--network", PREFIX + ":ip=" + address(n) + ",alias=" + ALIAS, yaml.toString());
        awaitReady(n);
    }

    /** Kills server {@code n} at once (SIGKILL), as a crash or an evicted pod. */
    void kill(int n) {
        podman.run("kill", "--signal", "KILL", container(n));
    }

    /** A visitor of the application at server {@code n}. */
    TestClient visitor(int n) {
        return new TestClient(base(n), secretsDirectory);
    }

    URI base(int n) {
        return URI.create("https://" + addresses.getOrDefault(n, address(n)) + ":8443/" + application + "/");
    }

    /** What the call returns; if it fails, an assertion error with the tail of server {@code n}'s log. */
    <T> T withLogOnFailure(int n, Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            List<String> lines = log(n).lines().toList();
            throw new AssertionError(e + "; the last lines of " + name(n) + "'s log:\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size())), e);
        }
    }

    String log(int n) {
        return podman.run("logs", container(n));
    }

    /** Runs a command inside server {@code n}'s container. */
    String exec(int n, String... command) {
        List<String> args = new ArrayList<>(List.of("exec", container(n)));
        args.addAll(List.of(command));
        return podman.run(args.toArray(String[]::new));
    }

    /** What this fixture made and is still there: pods, containers, secrets and networks labelled or named with its prefix. */
    List<String> leftovers() {
        List<String> left = new ArrayList<>(ours(podman.run("pod", "ls", "--format", "{{.Name}}")));
        left.addAll(ours(podman.run("ps", "--all", "--filter", "label=" + PREFIX, "--format", "{{.Names}}")));
        left.addAll(ours(podman.run("network", "ls", "--filter", "label=" + PREFIX, "--format", "{{.Name}}")));
        left.addAll(ours(podman.run("secret", "ls", "--format", "{{.Name}}")));
        return left;
    }

    @Override
    public void close() {
        removeAll();
    }

    private void removeAll() {
        // A pod's removal, not 'kube down': that one creates Podman's default kube network when it finds none.
        for (String pod : ours(podman.run("pod", "ls", "--format", "{{.Name}}"))) {
            podman.attempt("pod", "rm", "--force", "--time", "0", pod);
        }
        for (String container : ours(podman.run("ps", "--all", "--filter", "label=" + PREFIX, "--format", "{{.Names}}"))) {
            podman.attempt("rm", "--force", "--time", "0", container);
        }
        for (String secret : ours(podman.run("secret", "ls", "--format", "{{.Name}}"))) {
            podman.attempt("secret", "rm", secret);
        }
        if (podman.attempt("network", "exists", PREFIX)) {
            podman.run("network", "rm", PREFIX);
        }
    }

    private void awaitReady(int n) {
        TestClient probe = visitor(n);
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (true) {
            try {
                if (probe.get("health/ready").statusCode() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(name(n) + " not ready after " + READY_TIMEOUT.toSeconds() + " s; its log:\n" + log(n));
            }
            sleep();
        }
    }

    /** Server {@code n}'s name: its container's, or its pod's; the host name in both cases. */
    static String name(int n) {
        return PREFIX + "-" + n;
    }

    /** Server {@code n}'s container: {@code podman kube play} names a pod's containers POD-CONTAINER. */
    String container(int n) {
        return pods.contains(n) ? name(n) + "-server" : name(n);
    }

    /** The names in a listing that are this fixture's (Podman's warnings share the output and are no names). */
    private static List<String> ours(String output) {
        return output.lines().map(String::strip).filter(l -> l.startsWith(PREFIX)).toList();
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
