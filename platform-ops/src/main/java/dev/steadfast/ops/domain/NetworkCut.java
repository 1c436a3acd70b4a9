package dev.steadfast.ops.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.steadfast.ops.UserError;
import dev.steadfast.ops.system.Processes;
import dev.steadfast.ops.topology.Group;
import dev.steadfast.ops.topology.Ports;
import dev.steadfast.ops.topology.Server;

/**
 * The partition drill's cut of the cluster link between the hosts: an nftables table of its own,
 * {@code inet steadfast_drill}, that drops every TCP packet to or from the cluster ports (JGroups' transport and
 * FD_SOCK2) of the given workers' private addresses, both directions, established connections included. Nothing
 * else between the hosts is cut: management, the balancer's requests to the workers, MCMP and the database go on,
 * so the drill shows what the cluster itself does. A connection's source address on loopback is 127.0.0.1 whatever
 * the host, so the rules match by the listening side's address and port. Healing deletes the table; so does the
 * next cut before it adds its own, should a drill have been killed before it healed.
 */
final class NetworkCut {

    static final String TABLE = "steadfast_drill";
    private static final Duration NFT_BOUND = Duration.ofSeconds(10);

    private final List<Server> workers;

    NetworkCut(List<Server> workers) {
        this.workers = List.copyOf(workers);
    }

    /**
     * The cut of a partition drill that targets this server, once it is sure the drill can run: the target is on a
     * host without the domain controller, its group has a server on the domain controller's host (the side that
     * keeps serving), and nftables answers (installed, and this process may change the ruleset). A cut an earlier
     * drill left is healed first.
     */
    static NetworkCut prepare(Server target, Group group) {
        if (target.host().domainController()) {
            throw new UserError("A partition isolates the side without the domain controller, and " + target.name() + " runs on its host "
                    + target.host().name() + "; name a server of another host with --server.");
        }
        if (group.servers().stream().noneMatch(s -> s.host().domainController())) {
            throw new UserError(group.name() + " has no server on the domain controller's host, so no side of a cut would keep serving.");
        }
        Processes.Result tables = run(List.of("list", "tables"));
        if (tables.exitCode() != 0) {
            throw new UserError("The partition drill needs root (CAP_NET_ADMIN) to cut the link with nftables; nft said: "
                    + tables.output().strip().lines().findFirst().orElse("nothing") + ".");
        }
        heal();
        return new NetworkCut(group.servers());
    }

    /** What is cut, in words, for the report. */
    String what() {
        return "TCP to and from the cluster ports " + workers.stream()
                .map(s -> s.host().privateAddress() + ":" + s.port(Ports.JGROUPS) + "," + s.port(Ports.JGROUPS_FD))
                .collect(Collectors.joining(" and ")) + " (JGroups' transport and FD_SOCK2)";
    }

    /** The ruleset {@code nft -f} reads: the table made anew (added, deleted, added), then its one chain. */
    String ruleset() {
        StringBuilder rules = new StringBuilder();
        rules.append("add table inet ").append(TABLE).append('\n');
        rules.append("delete table inet ").append(TABLE).append('\n');
        rules.append("table inet ").append(TABLE).append(" {\n");
        rules.append("    chain out {\n");
        // Loopback packets pass the output hook once, so one chain on it sees both directions.
        rules.append("        type filter hook output priority 0; policy accept;\n");
        for (Server s : workers) {
            String ports = "{ " + s.port(Ports.JGROUPS) + ", " + s.port(Ports.JGROUPS_FD) + " }";
            rules.append("        ip daddr ").append(s.host().privateAddress()).append(" tcp dport ").append(ports).append(" drop\n");
            rules.append("        ip saddr ").append(s.host().privateAddress()).append(" tcp sport ").append(ports).append(" drop\n");
        }
        rules.append("    }\n}\n");
        return rules.toString();
    }

    void cut() {
        apply(ruleset());
    }

    /** Applies a ruleset file: nft reads it as one transaction, all of it or nothing. */
    private static void apply(String rules) {
        try {
            Path file = Files.createTempFile("steadfast-cut-", ".nft");
            try {
                Files.writeString(file, rules, StandardCharsets.UTF_8);
                nft(List.of("-f", file.toString()));
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the drill's table, whether or not it is there (added, then deleted, in one transaction). */
    static void heal() {
        apply("add table inet " + TABLE + "\ndelete table inet " + TABLE + "\n");
    }

    private static void nft(List<String> args) {
        Processes.Result result = run(args);
        if (result.exitCode() != 0) {
            throw new IllegalStateException("nft " + String.join(" ", args) + " failed: " + result.output().strip());
        }
    }

    private static Processes.Result run(List<String> args) {
        Path nft = Path.of("/usr/sbin/nft");
        if (!Files.isExecutable(nft)) {
            throw new UserError("The partition drill cuts the link with nftables, which is not installed; bin/nftables-setup installs it.");
        }
        return Processes.run(Stream.concat(Stream.of(nft.toString()), args.stream()).toList(), Map.of(), NFT_BOUND);
    }
}
