package dev.steadfast.ops.domain;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.jboss.dmr.ModelNode;

import dev.steadfast.ops.ContentHash;
import dev.steadfast.ops.UserError;
import dev.steadfast.ops.health.HttpsProbe;
import dev.steadfast.ops.management.Management;
import dev.steadfast.ops.topology.Group;
import dev.steadfast.ops.topology.Server;
import dev.steadfast.ops.topology.Topology;

/**
 * {@code steadfast rollout} and {@code steadfast restart}: an application group changed one server at a time, with a
 * health gate between servers (docs/reasons.md#twin-server-groups). Each server in turn is taken out of the balancer
 * and drained (a graceful stop: mod_cluster stops its contexts at the balancer, in-flight requests finish within
 * {@link ServerTurn#DRAIN}), stopped, for a rollout moved into the twin server group that holds the new version, started, and
 * waited on until it is ready (running the new version) and its group redundant again; only then comes the next. A
 * rollout whose server is not ready and redundant within the bound moves every server it moved back, one at a time
 * with the same gate, and fails. Sessions live on in their other owner while a server is out, so none is lost.
 */
final class Rollout {

    private static final Duration REDUNDANT_BEFORE = Duration.ofMinutes(1);

    private final Management management;
    private final Topology topology;
    private final HttpsProbe probe;
    private final PrintStream out;
    private final Duration readyWithin;
    private final ServerTurn turn;

    /** @param moments told of each server's moments (out, started, back in), as a drill marks them on its load's clock */
    Rollout(Management management, Topology topology, HttpsProbe probe, PrintStream out, Duration readyWithin, Consumer<String> moments) {
        this.management = management;
        this.topology = topology;
        this.probe = probe;
        this.out = out;
        this.readyWithin = readyWithin;
        this.turn = new ServerTurn(management, topology, probe, out, readyWithin, moments);
    }

    /**
     * Rolls an archive out to the group: the twin that does not hold the servers gets every deployment of the one
     * that does, with this archive's content in place of its runtime name's, under a name of its own
     * ({@code RUNTIME-NAME@SHA1-PREFIX}: a twin's content must not replace the other's); then the servers move over.
     * A rollout that did not end (its servers split between the twins) is taken up again by rolling out the same
     * archive.
     *
     * @return the steps, one per server moved (none when the group already runs this content)
     */
    List<ServerTurn.Step> rollout(Path archive, Group group) {
        requireTwoServers(group);
        String runtimeName = archive.getFileName().toString();
        String sha1 = ContentHash.sha1(archive);
        Twins twins = new Twins(management, group);
        // The domain may hold this very release already (under the name deploy gave it, or a rollout that did not end).
        String name = twins.domainContent().values().stream().filter(c -> c.runtimeName().equals(runtimeName) && c.sha1().equals(sha1))
                .map(Twins.Content::name).filter(twins::onlyOurs).findFirst().orElse(Twins.releaseName(runtimeName, sha1));
        Map<Server, String> placement = twins.placement();
        Set<String> inUse = new TreeSet<>(placement.values());
        String target;
        if (inUse.size() == 1) {
            String active = inUse.iterator().next();
            if (twins.runningAs(active, runtimeName).map(c -> c.sha1().equals(sha1)).orElse(false)) {
                out.printf("%s already runs %s with this content; nothing changed.%n", group.name(), runtimeName);
                return List.of();
            }
            target = twins.other(active);
        } else {
            target = group.domainGroups().stream().filter(g -> twins.runningAs(g, runtimeName).map(c -> c.sha1().equals(sha1)).orElse(false))
                    .findFirst().orElseThrow(() -> new UserError(group.name() + "'s servers are split between " + inUse
                            + " by a rollout that did not end, and neither runs this " + runtimeName + ": roll out the archive that "
                            + "one of them runs to end that rollout first."));
        }
        awaitRedundant(group);
        String from = twins.other(target);
        Optional<String> previous = twins.runningAs(from, runtimeName).map(Twins.Content::name);
        twins.prepare(from, target, runtimeName, name, archive);
        out.printf("steadfast: rolling %s out to %s one server at a time, from %s into %s%n", runtimeName, group.name(), from, target);
        List<Server> moved = new ArrayList<>(group.servers().stream().filter(s -> placement.get(s).equals(target)).toList());
        List<ServerTurn.Step> steps = new ArrayList<>();
        for (Server s : group.servers()) {
            if (placement.get(s).equals(target)) {
                continue;
            }
            moved.add(s);
            ServerTurn.Step step = turn.take(group, s, target, Optional.of(name));
            steps.add(step);
            if (!step.passed()) {
                out.printf("steadfast: %s was not ready and redundant within %d s (%s): rolling back%n", s.name(),
                        readyWithin.toSeconds(), String.join("; ", step.missing()));
                List<ServerTurn.Step> back = new ArrayList<>();
                Collections.reverse(moved);
                for (Server m : moved) {
                    ServerTurn.Step backStep = turn.take(group, m, from, previous);
                    back.add(backStep);
                    if (!backStep.passed()) {
                        // Taking its peer out too would leave no server to serve.
                        break;
                    }
                }
                steps.addAll(back);
                out.print(ServerTurn.table(steps));
                List<String> stuck = back.stream().filter(b -> !b.passed()).map(b -> b.server().name() + ": " + String.join("; ", b.missing())).toList();
                if (!stuck.isEmpty()) {
                    throw new IllegalStateException("the rollout of " + runtimeName + " failed on " + s.name() + " and its rollback did not "
                            + "end ready and redundant either (" + String.join("; ", stuck) + "); see the servers' logs.");
                }
                twins.discard(target, name);
                throw new IllegalStateException("the rollout of " + runtimeName + " was rolled back: " + s.name() + " was not ready and "
                        + "redundant within " + readyWithin.toSeconds() + " s (" + String.join("; ", step.missing()) + "); every server runs "
                        + previous.orElse("what it ran") + " in " + from + " again.");
            }
        }
        twins.retire(from, runtimeName);
        out.print(ServerTurn.table(steps));
        out.printf("Rolled %s out to %s: every server runs it (as %s in %s), ready and redundant.%n", runtimeName, group.name(), name, target);
        return steps;
    }

    /** Restarts every server of the group, one at a time, each where it is, with the same gate; stops at the first that fails it. */
    List<ServerTurn.Step> restart(Group group) {
        requireTwoServers(group);
        awaitRedundant(group);
        Map<Server, String> placement = new Twins(management, group).placement();
        out.printf("steadfast: restarting %s one server at a time%n", group.name());
        List<ServerTurn.Step> steps = new ArrayList<>();
        for (Server s : group.servers()) {
            ServerTurn.Step step = turn.take(group, s, placement.get(s), Optional.empty());
            steps.add(step);
            if (!step.passed()) {
                out.print(ServerTurn.table(steps));
                throw new IllegalStateException("the restart of " + group.name() + " stopped at " + s.name() + ", which was not ready and "
                        + "redundant within " + readyWithin.toSeconds() + " s (" + String.join("; ", step.missing())
                        + "), and is kept out of the balancer; the servers after it were not restarted.");
            }
        }
        out.print(ServerTurn.table(steps));
        out.printf("Restarted %s: every server, one at a time, ready and redundant.%n", group.name());
        return steps;
    }

    /**
     * After {@code apply}: every server whose configuration waits for a restart gets it, an application group's one at a
     * time with the gate (the others are left alone), the balancer by a reload, which users see as a few seconds of
     * refused connections: it is the domain's only one. Nothing to restart, nothing done.
     *
     * @return the application servers' steps
     */
    List<ServerTurn.Step> restartWherePending() {
        List<ServerTurn.Step> steps = new ArrayList<>();
        DomainView view = DomainView.read(management, topology, probe);
        for (Group group : topology.workerGroups()) {
            List<Server> pending = group.servers().stream().filter(s -> pending(view, s)).toList();
            if (pending.isEmpty()) {
                continue;
            }
            if (group.servers().size() < 2) {
                out.printf("steadfast: %s waits for a restart, and is its group's only server: restart it when an outage suits "
                        + "(its host controller's :restart)%n", pending.get(0).name());
                continue;
            }
            awaitRedundant(group);
            Map<Server, String> placement = new Twins(management, group).placement();
            out.printf("steadfast: %s wait for a restart to take the new configuration; one at a time%n", pending.stream().map(Server::name).toList());
            for (Server s : pending) {
                ServerTurn.Step step = turn.take(group, s, placement.get(s), Optional.empty());
                steps.add(step);
                if (!step.passed()) {
                    out.print(ServerTurn.table(steps));
                    throw new IllegalStateException(s.name() + " was not ready and redundant within " + readyWithin.toSeconds() + " s of its restart ("
                            + String.join("; ", step.missing()) + "), and is kept out of the balancer; the servers after it were not restarted.");
                }
            }
        }
        if (!steps.isEmpty()) {
            out.print(ServerTurn.table(steps));
        }
        Server balancer = topology.balancer();
        Optional<ServerView> seen = view.servers().stream().filter(v -> v.server().equals(balancer.name()) && v.pendingRestart()).findFirst();
        if (seen.isPresent()) {
            // A reload does not clear restart-required: that takes a restart of the JVM.
            String how = "restart-required".equals(seen.get().state()) ? "restart" : "reload";
            out.println("steadfast: " + how + "ing the balancer " + balancer.name() + " to take the new configuration (connections are refused meanwhile)");
            ModelNode op = Management.op(how, Management.address("host", balancer.host().name(), "server-config", balancer.name()));
            op.get("blocking").set(true);
            management.execute(op);
            // Back when the domain is ready again: the balancer serves and every worker registered with it anew.
            new ReadinessWait(management, topology, probe, out).await(System.nanoTime(), "the servers' logs");
        }
        return steps;
    }

    private static boolean pending(DomainView view, Server s) {
        return view.servers().stream().anyMatch(v -> v.server().equals(s.name()) && v.pendingRestart());
    }

    /**
     * A rolling change starts on a ready and redundant group only: with a member missing, taking one out leaves sessions
     * with no owner. Every server of it is then enabled at the balancer: a turn that ended without passing its gate may
     * have left one out, and taking its only peer out would leave nobody to take new sessions.
     */
    private void awaitRedundant(Group group) {
        List<String> missing = DomainView.awaitRedundant(management, topology, probe, group, REDUNDANT_BEFORE);
        if (!missing.isEmpty()) {
            throw new UserError(group.name() + " is not ready and redundant (" + String.join("; ", missing) + "), and a rolling change "
                    + "takes a server out only when every session has another owner: bring it back first ('steadfast status').");
        }
        group.servers().forEach(s -> turn.balancer(s, "enable"));
    }

    private static void requireTwoServers(Group group) {
        if (group.servers().size() < 2) {
            throw new UserError(group.name() + " has one server: taking it out would stop the service; use 'steadfast deploy'.");
        }
    }
}
