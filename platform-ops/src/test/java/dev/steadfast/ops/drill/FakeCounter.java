package dev.steadfast.ops.drill;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The counter contract of SessionCounter, served in this JVM on 127.0.0.1 with faults a test scripts: each attempt is
 * counted, then its {@link Twist} decided by {@link #script} from what the fake knows of it. The state is guarded by
 * the fake's monitor; a script runs under it and may change counts with {@link #set} and {@link #forget} before the
 * attempt is served.
 */
final class FakeCounter implements AutoCloseable {

    /** What to do with one attempt. */
    enum Twist {
        NONE, ANSWER_504, HANG, APPLY_THEN_500, APPLY_TWICE,
        /** Applied, and answered as if to another request, with another session's cookie: a misdelivered answer. */
        APPLY_THEN_ANSWER_ANOTHER
    }

    /**
     * One attempt as the fake sees it.
     *
     * @param attempt from 1, over all sessions
     * @param session the id it named that the fake knows, or null (the fake then creates a session)
     * @param count the session's count before the attempt; 0 for a new one
     */
    record Visit(int attempt, boolean write, String session, int count) {}

    static {
        // Headers and body go out in two writes: with Nagle's algorithm and delayed ACKs each answer takes 40 ms.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, Integer> counts = new HashMap<>();
    private final long hangMillis;
    private int attempts;
    private int nextId;
    volatile Function<Visit, Twist> script = v -> Twist.NONE;

    FakeCounter(long hangMillis) throws IOException {
        this.hangMillis = hangMillis;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(DrillApp.COUNTER_PATH, this::handle);
        server.setExecutor(threads);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + DrillApp.COUNTER_PATH);
    }

    synchronized int attempts() {
        return attempts;
    }

    synchronized Map<String, Integer> counts() {
        return Map.copyOf(counts);
    }

    synchronized void set(String session, int count) {
        counts.put(session, count);
    }

    synchronized void forget(String session) {
        counts.remove(session);
    }

    /** Waits until the fake has seen this many attempts; fails after 10 s, which a healthy test never comes near. */
    synchronized void awaitAttempts(int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (attempts < n) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("the fake saw " + attempts + " attempts, not " + n);
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        boolean write = "POST".equals(exchange.getRequestMethod());
        exchange.getRequestBody().readAllBytes();
        Twist twist;
        String reply;
        String setCookie = null;
        synchronized (this) {
            attempts++;
            notifyAll();
            String id = sessionOf(exchange.getRequestHeaders().getFirst("Cookie"));
            boolean known = counts.containsKey(id);
            twist = script.apply(new Visit(attempts, write, known ? id : null, known ? counts.get(id) : 0));
            // Again: the script may have forgotten the session or set its count.
            boolean created = !counts.containsKey(id);
            if (twist == Twist.ANSWER_504 || twist == Twist.HANG) {
                reply = null;
            } else {
                int before = created ? 0 : counts.get(id);
                if (created) {
                    id = "s" + (++nextId) + ".node-a";
                    setCookie = "JSESSIONID=" + id + "; path=/steadfast-drill; HttpOnly";
                }
                int count = before + (write ? (twist == Twist.APPLY_TWICE ? 2 : 1) : 0);
                counts.put(id, count);
                String request = exchange.getRequestHeaders().getFirst(DrillApp.REQUEST_HEADER);
                if (twist == Twist.APPLY_THEN_ANSWER_ANOTHER) {
                    request = "elsewhere-" + attempts;
                    setCookie = "JSESSIONID=someone-else.node-a; path=/steadfast-drill; HttpOnly";
                }
                reply = "count=" + count + " node=node-a new=" + created + (request == null ? "" : " request=" + request);
            }
        }
        if (twist == Twist.HANG) {
            try {
                Thread.sleep(hangMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (setCookie != null) {
            exchange.getResponseHeaders().add("Set-Cookie", setCookie);
        }
        int status = twist == Twist.ANSWER_504 ? 504 : twist == Twist.APPLY_THEN_500 ? 500 : 200;
        byte[] body = (reply == null ? "gateway timeout" : reply).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/plain");
        try (OutputStream out = exchange.getResponseBody()) {
            exchange.sendResponseHeaders(status, body.length);
            out.write(body);
        } catch (IOException gone) {
            // The client gave up (a hang): nothing to answer.
        }
    }

    private static String sessionOf(String cookie) {
        if (cookie == null) {
            return null;
        }
        for (String pair : cookie.split(";")) {
            String p = pair.strip();
            if (p.startsWith("JSESSIONID=")) {
                return p.substring("JSESSIONID=".length());
            }
        }
        return null;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
