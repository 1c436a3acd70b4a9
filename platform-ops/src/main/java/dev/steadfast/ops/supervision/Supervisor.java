package dev.steadfast.ops.supervision;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.steadfast.ops.health.HttpsProbe;
import dev.steadfast.ops.management.Management;

/**
 * Watches the servers of one host, each on a thread of its own (a probe that waits out its read time-out on a hung
 * server must not delay the others), and acts as {@link ServerWatch} decides: fences, restarts, gives up on a crash
 * loop, isolates its workers while the host is cut off from the domain controller's side of the cluster. On a host
 * other than the domain controller's, one more thread watches that cluster link ({@link LinkWatch}). Everything it
 * does goes to the event log and, as a line, to its output.
 */
public final class Supervisor {

    /**
     * A server to watch: the address and port its probe asks (a worker's probe listener, the balancer's HTTPS listener),
     * whether it is a worker (probed at its health page), its host's domain base directory (which tells its JVM apart).
     */
    public record Watched(String server, String address, int probePort, boolean worker, Path domainBaseDir) {}

    private static final Duration SETTLE = Duration.ofSeconds(1);

    private final String host;
    private final List<Watched> servers;
    private final Management management;
    private final HttpsProbe probe;
    private final EventLog events;
    private final SupervisorSettings settings;
    private final PrintStream out;
    private final Clock clock = Clock.systemUTC();
    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch ended = new CountDownLatch(1);
    private final Optional<ClusterLink> link;
    private final HostMetrics metrics;
    private volatile boolean cutOff;

    /** @param link this host's cluster link to the domain controller's side; none on the domain controller's host */
    public Supervisor(String host, List<Watched> servers, Optional<ClusterLink> link, Management management, HttpsProbe probe,
                      EventLog events, SupervisorSettings settings, PrintStream out) {
        this.host = host;
        this.link = link;
        this.servers = List.copyOf(servers);
        this.management = management;
        this.probe = probe;
        this.events = events;
        this.settings = settings;
        this.out = out;
        this.metrics = new HostMetrics(host, this.servers.stream().map(Watched::server).toList(), management, settings.readTimeout());
    }

    /** The host's figures for Prometheus ({@link HostMetrics}), as {@link MetricsEndpoint} serves them. */
    public String metricsPage() {
        return metrics.page();
    }

    /** Watches until {@link #stop()}; returns once every watching thread has ended. */
    public void run() {
        record("", "watching", servers.stream().map(Watched::server).toList() + ", a probe every " + settings.period().toMillis()
                + " ms, read time-out " + settings.readTimeout().toMillis() + " ms, fenced after " + settings.misses()
                + " misses, a crash loop after " + settings.restartLimit() + " restarts within " + settings.restartWindow().toSeconds() + " s"
                + link.map(l -> "; the cluster link to " + l.peers().stream().map(p -> p.host() + "/" + p.server()).toList()
                        + " is cut after " + settings.misses() + " silent connections in a row").orElse(""));
        List<Thread> threads = new ArrayList<>();
        for (Watched w : servers) {
            threads.add(new Thread(() -> watch(w), "watch " + w.server()));
        }
        link.ifPresent(l -> threads.add(new Thread(() -> watchLink(l), "watch the cluster link")));
        threads.forEach(Thread::start);
        try {
            for (Thread t : threads) {
                t.join();
            }
            record("", "stopped", "the supervisor ended");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            ended.countDown();
        }
    }

    /** Tells every watching thread to end and waits up to {@code grace} for {@link #run()} to return. */
    public void stop(Duration grace) {
        stop.countDown();
        try {
            ended.await(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void watch(Watched w) {
        ServerControl control = new ServerControl(management, host, w.server(), settings.operationTimeout());
        ServerWatch watch = new ServerWatch(settings);
        AtomicBoolean reachable = new AtomicBoolean(true);
        everyPeriod(host + "/" + w.server(), () -> {
            ServerWatch.Sight sight = control.sight();
            if ("UNKNOWN".equals(sight.status()) == reachable.get()) {
                boolean now = !reachable.get();
                reachable.set(now);
                record(w.server(), now ? "reachable" : "unreachable", now ? "the domain controller answers again"
                        : "the domain controller did not answer; nothing is done meanwhile");
            }
            HttpsProbe.Reply reply = "STARTED".equals(sight.status()) ? probe.reply(w.address(), w.probePort(), w.worker()) : null;
            boolean wasGivenUp = watch.givenUp();
            act(w, control, watch.observe(new ServerWatch.Sight(sight.status(), sight.autoStart(), reply, w.worker() && cutOff),
                    clock.instant()));
            metrics.sight(w.server(), reply == HttpsProbe.Reply.ANSWERED, watch.givenUp());
            if (wasGivenUp && !watch.givenUp()) {
                record(w.server(), SupervisorEvent.RECOVERED, "runs and answers again; watched as before");
            }
        });
    }

    /**
     * Runs a round each period until the supervisor stops. A round that failed (a full disk, a broken connection, an
     * address that cannot be bound) must not end the watch: its error is printed once, until a round succeeds again.
     */
    private void everyPeriod(String who, Runnable round) {
        String lastError = "";
        while (!stopping(settings.period())) {
            try {
                round.run();
                lastError = "";
            } catch (RuntimeException e) {
                if (!String.valueOf(e).equals(lastError)) {
                    lastError = String.valueOf(e);
                    out.println(clock.instant() + " " + who + " error: " + lastError + "; watching on");
                }
            }
        }
    }

    private void act(Watched w, ServerControl control, ServerWatch.Action action) {
        switch (action) {
            case FENCE -> {
                record(w.server(), SupervisorEvent.FENCED, settings.misses() + " probes in a row got no answer within "
                        + settings.readTimeout().toMillis() + " ms; killing it");
                kill(w, control);
                awaitStopped(control);
                // The process controller forgets a killed process a moment after the host controller saw it end; a start
                // before that is refused as a duplicate and leaves the server stuck (measured on WildFly 39.0.1).
                if (stopping(SETTLE)) {
                    record(w.server(), "not-started", "killed, not started: the supervisor is stopping");
                } else {
                    start(w, control);
                }
            }
            case RESTART -> {
                record(w.server(), SupervisorEvent.RESTARTED, "stopped while auto-start is true: it crashed; starting it");
                start(w, control);
            }
            case GIVE_UP -> {
                record(w.server(), SupervisorEvent.CRASH_LOOP, "more than " + settings.restartLimit() + " restarts within "
                        + settings.restartWindow().toSeconds() + " s; left stopped until an operator starts it");
                if ("STARTED".equals(control.status())) {
                    kill(w, control);
                }
            }
            case ISOLATE -> {
                record(w.server(), SupervisorEvent.ISOLATED, "this host is cut off from the cluster's side that keeps serving; killing it, "
                        + "so that it acknowledges nothing that side cannot see, and keeping it stopped until the link is back");
                kill(w, control);
                awaitStopped(control);
            }
            case REJOIN -> {
                record(w.server(), SupervisorEvent.REJOINED, "the cluster link is back; starting it, to join the cluster afresh");
                start(w, control);
            }
            case NONE -> { }
        }
    }

    /**
     * Each period, the link to every peer the domain controller does not report stopped: cut after enough silent
     * rounds in a row with any of them ({@link LinkWatch}), whole again at the first answer from each.
     */
    private void watchLink(ClusterLink l) {
        List<LinkWatch> watches = l.peers().stream().map(p -> new LinkWatch(settings.misses())).toList();
        List<ServerControl> peers = l.peers().stream()
                .map(p -> new ServerControl(management, p.host(), p.server(), settings.operationTimeout())).toList();
        everyPeriod(host + " cluster link", () -> {
            boolean cut = false;
            for (int i = 0; i < l.peers().size(); i++) {
                String status = peers.get(i).status();
                HttpsProbe.Reply reply = "STARTED".equals(status) || "UNKNOWN".equals(status) ? l.reach(l.peers().get(i)) : null;
                cut |= watches.get(i).cut(new LinkWatch.Sight(status, reply));
            }
            if (cut != cutOff) {
                cutOff = cut;
                metrics.cutOff(cut);
                record("", cut ? SupervisorEvent.LINK_CUT : SupervisorEvent.LINK_BACK, cut
                        ? "no connection to the cluster port of " + l.peers().stream().map(p -> p.host() + "/" + p.server()).toList()
                        + " from " + l.fromAddress() + " in " + settings.misses() + " rounds; this host's workers are isolated"
                        : "the cluster link answered " + settings.misses() + " rounds in a row; isolated workers start and join afresh");
            }
        });
    }

    private void start(Watched w, ServerControl control) {
        if (!control.start()) {
            record(w.server(), "start-failed", "the host controller did not start it; tried again at the next sightings");
        }
    }

    /** SIGKILL of its JVM; WildFly's own {@code :kill} (5 s slower) only when the JVM is not to be found here. */
    private void kill(Watched w, ServerControl control) {
        ServerJvm.find(w.server(), w.domainBaseDir()).ifPresentOrElse(ServerJvm::kill, () -> {
            record(w.server(), "jvm-not-found", "no JVM of it under " + w.domainBaseDir() + "; WildFly's :kill instead, 5 s slower");
            control.kill();
        });
    }

    /** After a kill the host controller needs a moment to see the process end; a start before that is refused. */
    private void awaitStopped(ServerControl control) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!List.of("STOPPED", "FAILED", "DISABLED").contains(control.status()) && System.nanoTime() < deadline
                && !stopping(Duration.ofMillis(100))) {
            // polls until the host controller reports the process gone
        }
    }

    private boolean stopping(Duration wait) {
        try {
            return stop.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private void record(String server, String kind, String detail) {
        SupervisorEvent event = new SupervisorEvent(clock.instant(), host, server, kind, detail);
        events.append(event);
        metrics.event(server, kind);
        out.println(event.at() + " " + host + (server.isEmpty() ? "" : "/" + server) + " " + kind + ": " + detail);
    }
}
