package dev.steadfast.ops.drill;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;

import dev.steadfast.ops.drill.RequestRecord.Kind;
import dev.steadfast.ops.drill.SessionLedger.Tally;

/**
 * The session-integrity load of a drill: one virtual user per session, each writing its counter and reading it back
 * through the balancer while a fault is injected, never retrying, recording every attempt. Acknowledged writes must
 * stay visible; {@link #verify()} reads every counter once more after the load, so that a loss after the last request
 * is seen too. Start, {@link #mark mark} the drill's moments on the load's clock, {@link #stop()}, {@link #verify()},
 * then take the {@link #result()}.
 */
public final class SessionLoad implements AutoCloseable {

    private final LoadSettings settings;
    private final long startNanos = System.nanoTime();
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final List<VirtualUser> users = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final Queue<RequestRecord> records = new ConcurrentLinkedQueue<>();
    private final Queue<RequestRecord> verification = new ConcurrentLinkedQueue<>();
    private final AtomicInteger unverified = new AtomicInteger();
    private volatile long stoppedAtMillis = -1;
    private boolean verified;

    private SessionLoad(LoadSettings settings) {
        this.settings = settings;
    }

    /**
     * Starts the users, sharing one HTTP/1.1 client (the balancer sees one connection per user); returns at once.
     *
     * @param ssl trusts the balancer's certificate (a plain http counter URL does not use it)
     */
    public static SessionLoad start(LoadSettings settings, SSLContext ssl) {
        SessionLoad load = new SessionLoad(settings);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(ssl)
                .connectTimeout(settings.requestTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
        for (int session = 1; session <= settings.sessions(); session++) {
            VirtualUser user = new VirtualUser(session, client, settings, load.startNanos, load.stopping,
                    load.records::add);
            load.users.add(user);
            Thread thread = new Thread(user, "drill-session-" + session);
            thread.setDaemon(true);
            load.threads.add(thread);
        }
        load.threads.forEach(Thread::start);
        return load;
    }

    /** The load's clock: milliseconds since it started, the time base of its records and of the drill's marks. */
    public long millisSinceStart() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    /** A mark at this moment of the load's clock. */
    public Mark mark(String label) {
        return new Mark(label, millisSinceStart());
    }

    /**
     * Sends no new request and waits for those in flight, at most the request timeout and a second; a user still busy
     * then is interrupted, its attempt recorded as "stopped". Once is enough; again does nothing.
     */
    public synchronized void stop() {
        if (stoppedAtMillis >= 0) {
            return;
        }
        stoppedAtMillis = millisSinceStart();
        stopping.countDown();
        finish(threads);
    }

    /**
     * After the load (stopping it if it runs), reads every session's counter once, all sessions at the same time,
     * without retry, judged by the same rules as the load's answers: what was acknowledged must still be there. A
     * session whose read fails is unverified. Once only; again does nothing.
     */
    public synchronized void verify() {
        stop();
        if (verified) {
            return;
        }
        verified = true;
        List<Thread> readers = new ArrayList<>();
        for (VirtualUser user : users) {
            if (user.hasSession()) {
                Thread reader = new Thread(() -> {
                    RequestRecord read = user.attempt(Kind.READ);
                    verification.add(read);
                    if (read.failed()) {
                        unverified.incrementAndGet();
                    }
                }, "drill-verify-" + readers.size());
                reader.setDaemon(true);
                readers.add(reader);
            }
        }
        readers.forEach(Thread::start);
        finish(readers);
    }

    /** What the load saw so far: taken while it runs, the counts of requests still in flight are missing. */
    public LoadResult result() {
        Tally tally = users.stream().map(u -> u.ledger().tally()).reduce(Tally.ZERO, Tally::plus);
        long duration = stoppedAtMillis >= 0 ? stoppedAtMillis : millisSinceStart();
        return LoadResult.of(settings, duration, List.copyOf(records), List.copyOf(verification), tally,
                unverified.get());
    }

    @Override
    public synchronized void close() {
        stop();
        threads.forEach(Thread::interrupt);
    }

    /** Joins the threads within the request timeout and a second, then interrupts and joins those still running. */
    private void finish(List<Thread> running) {
        long deadline = System.nanoTime() + settings.requestTimeout().plus(Duration.ofSeconds(1)).toNanos();
        boolean interrupted = false;
        for (Thread t : running) {
            try {
                t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        for (Thread t : running) {
            if (t.isAlive()) {
                t.interrupt();
                try {
                    t.join(TimeUnit.SECONDS.toMillis(1));
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
