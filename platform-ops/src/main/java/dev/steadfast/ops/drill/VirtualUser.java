package dev.steadfast.ops.drill;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import dev.steadfast.ops.drill.RequestRecord.Kind;

/**
 * One session of the load: a write, a read, a write... each once, never again, as a user who sees an error page and
 * moves on. Its cookie is kept by hand, JSESSIONID only, so that the load sees a new session id the moment the server
 * hands one out. Each attempt carries an id of its own, {@code SESSION-N}, which the counter echoes: an answer with
 * another id is not this attempt's (it is counted as misdelivered, and its cookie is not taken). Each attempt is
 * recorded and judged by the user's {@link SessionLedger}.
 */
final class VirtualUser implements Runnable {

    private static final String COOKIE = "JSESSIONID";

    private final int session;
    private final HttpClient client;
    private final LoadSettings settings;
    private final long startNanos;
    private final CountDownLatch stopping;
    private final Consumer<RequestRecord> sink;
    private final SessionLedger ledger;
    private final AtomicInteger attempts = new AtomicInteger();
    private volatile String sessionId;

    VirtualUser(int session, HttpClient client, LoadSettings settings, long startNanos, CountDownLatch stopping,
                Consumer<RequestRecord> sink) {
        this.session = session;
        this.client = client;
        this.settings = settings;
        this.startNanos = startNanos;
        this.stopping = stopping;
        this.sink = sink;
        this.ledger = new SessionLedger(session);
    }

    @Override
    public void run() {
        Kind next = Kind.WRITE;
        try {
            while (stopping.getCount() > 0) {
                sink.accept(attempt(next));
                next = next == Kind.WRITE ? Kind.READ : Kind.WRITE;
                if (stopping.await(settings.pace().toNanos(), TimeUnit.NANOSECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    boolean hasSession() {
        return sessionId != null;
    }

    SessionLedger ledger() {
        return ledger;
    }

    /** One request, recorded by nobody: the caller keeps it with the load or with the verification. */
    RequestRecord attempt(Kind kind) {
        String requestId = session + "-" + attempts.incrementAndGet();
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.counter()).timeout(settings.requestTimeout())
                .header("Accept", "text/plain").header(DrillApp.REQUEST_HEADER, requestId);
        String id = sessionId;
        if (id != null) {
            request.header("Cookie", COOKIE + "=" + id);
        }
        request.method(kind == Kind.WRITE ? "POST" : "GET", HttpRequest.BodyPublishers.noBody());
        long sent = System.nanoTime();
        CompletableFuture<HttpResponse<String>> future = client.sendAsync(request.build(),
                HttpResponse.BodyHandlers.ofString());
        int status = 0;
        String failure;
        try {
            // Bounded here too: the request's own timeout ends at the headers, and a body can stall after them.
            HttpResponse<String> response = future.get(settings.requestTimeout().toNanos(), TimeUnit.NANOSECONDS);
            status = response.statusCode();
            failure = judge(kind, status, response.body(), requestId,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos));
            if (!FailureWords.MISDELIVERED.equals(failure)) {
                response.headers().allValues("Set-Cookie").forEach(this::adopt);
            }
        } catch (ExecutionException e) {
            failure = FailureWords.of(e.getCause() == null ? e : e.getCause());
        } catch (TimeoutException | CancellationException e) {
            future.cancel(true);
            failure = FailureWords.TIMEOUT;
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            failure = FailureWords.STOPPED;
        }
        long latency = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent);
        if (failure != null) {
            ledger.failed(kind);
        }
        return new RequestRecord(session, kind, TimeUnit.NANOSECONDS.toMillis(sent - startNanos), latency, status,
                failure);
    }

    private String judge(Kind kind, int status, String body, String requestId, long atMillis) {
        if (status < 200 || status > 299) {
            return FailureWords.status(status);
        }
        Optional<CounterAnswer> answer = CounterAnswer.parse(body);
        // Without the id it was sent, an answer cannot be told to be this request's.
        if (answer.isEmpty() || answer.get().request() == null) {
            return FailureWords.BAD_ANSWER;
        }
        if (!requestId.equals(answer.get().request())) {
            ledger.misdelivered(kind, answer.get(), requestId, atMillis);
            return FailureWords.MISDELIVERED;
        }
        ledger.answered(kind, answer.get(), atMillis);
        return null;
    }

    /** Takes the session id of a Set-Cookie for JSESSIONID: a new session's, or the same one with another route. */
    private void adopt(String setCookie) {
        String pair = setCookie.split(";", 2)[0].strip();
        if (pair.startsWith(COOKIE + "=") && pair.length() > COOKIE.length() + 1) {
            sessionId = pair.substring(COOKIE.length() + 1);
        }
    }
}
