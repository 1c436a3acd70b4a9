package dev.steadfast.ops.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;

import dev.steadfast.ops.drill.FakeCounter.Twist;
import dev.steadfast.ops.drill.RequestRecord.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The load against a fake counter in this JVM whose faults are scripted: what it counts is what the fake did. Runs
 * are ended by the number of attempts the fake saw, never by time.
 */
class SessionLoadTest {

    private static final long HANG_MILLIS = 2_000;
    private FakeCounter fake;

    @BeforeEach
    void serve() throws Exception {
        fake = new FakeCounter(HANG_MILLIS);
    }

    @AfterEach
    void close() {
        fake.close();
    }

    @Test
    void aHealthyRunHasNoFailureNoLossNoResetAndEveryAcknowledgedWriteIsCounted() throws Exception {
        LoadResult r = run(3, 60, Duration.ofSeconds(5), true);
        assertEquals(Map.of(), r.failures());
        assertEquals(0, r.acknowledgedWritesLost());
        assertEquals(0, r.sessionsReset());
        assertEquals(0, r.phantomWrites());
        assertEquals(0, r.answersMisdelivered());
        assertEquals(0, r.unverifiedSessions());
        assertEquals(3, r.verification().size());
        assertEquals(sumOfCounts(), r.acknowledgedWrites());
        assertEquals(fake.attempts(), r.requests() + r.verification().size());
    }

    @Test
    void aSessionTheServerDropsIsOneResetWithItsAcknowledgedWritesLost() throws Exception {
        AtomicBoolean dropped = new AtomicBoolean();
        fake.script = v -> {
            if (v.session() != null && v.count() == 5 && dropped.compareAndSet(false, true)) {
                fake.forget(v.session());
            }
            return Twist.NONE;
        };
        LoadResult r = run(2, 60, Duration.ofSeconds(5), true);
        assertTrue(dropped.get());
        assertEquals(1, r.sessionsReset());
        assertEquals(5, r.acknowledgedWritesLost());
        assertEquals(0, r.phantomWrites());
        assertEquals(Map.of(), r.failures());
    }

    @Test
    void aCounterThatGoesBackThreeWritesIsThreeAcknowledgedWritesLost() throws Exception {
        AtomicBoolean wentBack = new AtomicBoolean();
        fake.script = v -> {
            if (v.session() != null && v.count() == 6 && wentBack.compareAndSet(false, true)) {
                fake.set(v.session(), 3);
            }
            return Twist.NONE;
        };
        LoadResult r = run(2, 60, Duration.ofSeconds(5), true);
        assertTrue(wentBack.get());
        assertEquals(3, r.acknowledgedWritesLost());
        assertEquals(0, r.sessionsReset());
        assertEquals(0, r.phantomWrites());
    }

    @Test
    void gatewayTimeoutsAndAReadTimeoutAreCountedByTheirWordsAndNeverRetried() throws Exception {
        AtomicInteger answered504 = new AtomicInteger();
        AtomicInteger hung = new AtomicInteger();
        fake.script = v -> {
            if (v.attempt() == 7) {
                hung.incrementAndGet();
                return Twist.HANG;
            }
            if (v.attempt() % 5 == 0) {
                answered504.incrementAndGet();
                return Twist.ANSWER_504;
            }
            return Twist.NONE;
        };
        LoadResult r = run(2, 40, Duration.ofMillis(300), false);
        assertEquals(1, hung.get());
        assertEquals(Map.of("HTTP 504", (long) answered504.get(), "timeout", 1L), r.failures());
        assertEquals(fake.attempts(), r.requests());
        assertEquals(answered504.get() + 1, r.failedReads() + r.failedWrites());
        assertEquals(0, r.acknowledgedWritesLost());
        assertEquals(0, r.phantomWrites());
        assertTrue(r.records().stream().filter(x -> x.failure() == null).allMatch(x -> x.status() == 200));
        assertTrue(r.records().stream().filter(x -> "timeout".equals(x.failure())).allMatch(x -> x.status() == 0));
    }

    @Test
    void aFailedWriteThatAppliedIsNoLoss() throws Exception {
        AtomicBoolean failed = new AtomicBoolean();
        fake.script = v -> v.write() && v.count() == 2 && failed.compareAndSet(false, true)
                ? Twist.APPLY_THEN_500 : Twist.NONE;
        LoadResult r = run(2, 40, Duration.ofSeconds(5), true);
        assertEquals(Map.of("HTTP 500", 1L), r.failures());
        assertEquals(1, r.failedWrites());
        assertEquals(0, r.acknowledgedWritesLost());
        assertEquals(0, r.phantomWrites());
        assertEquals(sumOfCounts(), r.acknowledgedWrites() + 1);
    }

    @Test
    void aWriteThatAddsTwoIsOnePhantomWrite() throws Exception {
        AtomicBoolean doubled = new AtomicBoolean();
        fake.script = v -> v.write() && v.count() == 2 && doubled.compareAndSet(false, true)
                ? Twist.APPLY_TWICE : Twist.NONE;
        LoadResult r = run(2, 40, Duration.ofSeconds(5), true);
        assertEquals(1, r.phantomWrites());
        assertEquals(0, r.acknowledgedWritesLost());
        assertEquals(Map.of(), r.failures());
    }

    @Test
    void anAnswerToAnotherRequestIsMisdeliveredAFailureAndItsCookieIsNotTaken() throws Exception {
        AtomicBoolean twisted = new AtomicBoolean();
        fake.script = v -> v.write() && v.count() == 2 && twisted.compareAndSet(false, true)
                ? Twist.APPLY_THEN_ANSWER_ANOTHER : Twist.NONE;
        LoadResult r = run(2, 40, Duration.ofSeconds(5), true);
        assertEquals(1, r.answersMisdelivered());
        assertEquals(Map.of(FailureWords.MISDELIVERED, 1L), r.failures());
        assertEquals(0, r.sessionsReset(), "the other session's cookie was taken");
        assertEquals(0, r.phantomWrites(), "a misdelivered write may have applied, like any failed one");
        assertEquals(0, r.acknowledgedWritesLost());
        assertTrue(r.findings().get(0).contains("came back for request"), r.findings().get(0));
    }

    @Test
    void verificationCatchesALossAfterTheLastRequestOfTheLoad() throws Exception {
        SessionLoad load = start(2, Duration.ofSeconds(5));
        try (load) {
            fake.awaitAttempts(40);
            load.stop();
            Map<String, Integer> counts = fake.counts();
            String[] ids = counts.keySet().toArray(String[]::new);
            int back = Math.min(2, counts.get(ids[0]));
            fake.set(ids[0], counts.get(ids[0]) - back);
            fake.forget(ids[1]);
            load.verify();
            LoadResult r = load.result();
            assertEquals(back + counts.get(ids[1]), r.acknowledgedWritesLost());
            assertEquals(1, r.sessionsReset());
            assertEquals(2, r.verification().size());
            assertEquals(0, r.unverifiedSessions());
        }
    }

    @Test
    void aSessionWhoseVerificationReadFailsIsUnverifiedNotLost() throws Exception {
        LoadResult r = verifiedThrough(Twist.ANSWER_504);
        assertEquals(3, r.unverifiedSessions());
        assertEquals(0, r.acknowledgedWritesLost());
        assertEquals(Map.of(), r.failures(), "verification reads are not the load's failures");
    }

    @Test
    void aVerificationReadAnsweredForAnotherRequestLeavesItsSessionUnverifiedAndCountsAsMisdelivered() throws Exception {
        LoadResult r = verifiedThrough(Twist.APPLY_THEN_ANSWER_ANOTHER);
        assertEquals(3, r.unverifiedSessions());
        assertEquals(3, r.answersMisdelivered());
        assertEquals(0, r.acknowledgedWritesLost());
    }

    /** Three sessions run 30 attempts healthy; then every verification read meets the twist. */
    private LoadResult verifiedThrough(Twist twist) throws Exception {
        try (SessionLoad load = start(3, Duration.ofSeconds(5))) {
            fake.awaitAttempts(30);
            load.stop();
            fake.script = v -> twist;
            load.verify();
            return load.result();
        }
    }

    @Test
    void aRefusedConnectionIsCountedByItsWordWithNoStatus() throws Exception {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        LoadSettings settings = new LoadSettings(URI.create("http://127.0.0.1:" + port + DrillApp.COUNTER_PATH), 1,
                Duration.ZERO, Duration.ofSeconds(5));
        VirtualUser user = new VirtualUser(1, HttpClient.newHttpClient(), settings, System.nanoTime(),
                new CountDownLatch(1), r -> { });
        RequestRecord write = user.attempt(Kind.WRITE);
        assertEquals("connection refused", write.failure());
        assertEquals(0, write.status());
    }

    @Test
    void onlyAnAnswerThatSaysCountAndNewIsACounterAnswer() {
        assertEquals(Optional.of(new CounterAnswer(3, "apps-1", false, "2-7")),
                CounterAnswer.parse("count=3 node=apps-1 new=false request=2-7\n"));
        assertEquals(Optional.of(new CounterAnswer(3, "apps-1", false, null)),
                CounterAnswer.parse("count=3 node=apps-1 new=false"));
        assertEquals(Optional.empty(), CounterAnswer.parse("<html>Service Unavailable</html>"));
        assertEquals(Optional.empty(), CounterAnswer.parse("count=3 node=apps-1"));
        assertEquals(Optional.empty(), CounterAnswer.parse("count=x node=apps-1 new=true"));
    }

    private LoadResult run(int sessions, int attempts, Duration timeout, boolean verify) throws Exception {
        try (SessionLoad load = start(sessions, timeout)) {
            fake.awaitAttempts(attempts);
            load.stop();
            if (verify) {
                load.verify();
            }
            return load.result();
        }
    }

    private SessionLoad start(int sessions, Duration timeout) throws Exception {
        return SessionLoad.start(new LoadSettings(fake.uri(), sessions, Duration.ofMillis(1), timeout),
                SSLContext.getDefault());
    }

    private long sumOfCounts() {
        return fake.counts().values().stream().mapToLong(Integer::longValue).sum();
    }
}
