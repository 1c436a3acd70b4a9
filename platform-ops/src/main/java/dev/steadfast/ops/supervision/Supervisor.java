package dev.steadfast.ops.supervision;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.steadfast.ops.health.HttpsProbe;
import dev.steadfast.ops.management.Management;

/**
 * Watches the servers of one host, each on a thread of its own (a probe that waits out its read time-out on a hung
 * server must not delay the others), and acts as {@link ServerWatch} decides: fences, restarts, gives up on a crash
 * loop. Everything it does goes to the event log and, as a line, to its output.
 */
public final class Supervisor {

    /**
     * A server to watch: where its HTTPS listener is, whether it is a worker (probed at its health page), and the
     * domain base directory of its host, by which its JVM is told from any other.
     */
    public record Watched(String server, String address, int httpsPort, boolean worker, Path domainBaseDir) {}

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

    public Supervisor(String host, List<Watched> servers, Management management, HttpsProbe probe, EventLog events,
                      SupervisorSettings settings, PrintStream out) {
        this.host = host;
        this.servers = List.copyOf(servers);
        this.management = management;
        this.probe = probe;
        this.events = events;
        this.settings = settings;
        this.out = out;
    }

    /** Watches until {@link #stop()}; returns once every watching thread has ended. */
    public void run() {
        record("", "watching", servers.stream().map(Watched::server).toList() + ", a probe every " + settings.period().toMillis()
                + " ms, read time-out " + settings.readTimeout().toMillis() + " ms, fenced after " + settings.misses()
                + " misses, a crash loop after " + settings.restartLimit() + " restarts within " + settings.restartWindow().toSeconds() + " s");
        List<Thread> threads = new ArrayList<>();
        for (Watched w : servers) {
            Thread t = new Thread(() -> watch(w), "watch " + w.server());
            threads.add(t);
            t.start();
        }
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
        boolean reachable = true;
        String lastError = "";
        while (!stopping(settings.period())) {
            try {
                ServerWatch.Sight sight = control.sight();
                if ("UNKNOWN".equals(sight.status()) == reachable) {
                    reachable = !reachable;
                    record(w.server(), reachable ? "reachable" : "unreachable", reachable ? "the domain controller answers again"
                            : "the domain controller did not answer; nothing is done meanwhile");
                }
                if ("STARTED".equals(sight.status())) {
                    sight = new ServerWatch.Sight(sight.status(), sight.autoStart(), probe.reply(w.address(), w.httpsPort(), w.worker()));
                }
                boolean wasGivenUp = watch.givenUp();
                act(w, control, watch.observe(sight, clock.instant()));
                if (wasGivenUp && !watch.givenUp()) {
                    record(w.server(), SupervisorEvent.RECOVERED, "runs and answers again; watched as before");
                }
                lastError = "";
            } catch (RuntimeException e) {
                // A round that failed (a full disk, a broken connection) must not end the watch of this server.
                if (!String.valueOf(e).equals(lastError)) {
                    lastError = String.valueOf(e);
                    out.println(clock.instant() + " " + host + "/" + w.server() + " error: " + lastError + "; watching on");
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
            case NONE -> { }
        }
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
        out.println(event.at() + " " + host + (server.isEmpty() ? "" : "/" + server) + " " + kind + ": " + detail);
    }
}
