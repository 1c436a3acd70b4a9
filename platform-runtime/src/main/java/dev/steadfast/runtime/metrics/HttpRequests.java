package dev.steadfast.runtime.metrics;

import java.util.concurrent.atomic.LongAdder;

/**
 * The counts behind {@link HttpRequestsMXBean}. Adders, not locks: every request of the application passes here. A
 * request is counted before it goes into its bucket, and a reader reads the buckets before the count, so a scrape never
 * shows a bucket above the count ({@code +Inf}); it may show a request in the count a moment before its bucket.
 */
public final class HttpRequests implements HttpRequestsMXBean {

    /**
     * Seconds. From 5 ms (a cached page) to 10 s (the balancer's own limit on a request, after which it answers 504),
     * dense between 50 ms and 1 s, where a p99 target of an interactive application lies.
     */
    static final double[] BOUNDS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    private final LongAdder[] classes = adders(5);
    private final LongAdder[] buckets = adders(BOUNDS.length);
    private final LongAdder count = new LongAdder();
    private final LongAdder nanos = new LongAdder();
    private final LongAdder inFlight = new LongAdder();

    void started() {
        inFlight.increment();
    }

    /** One request answered with {@code status} after {@code elapsedNanos}. */
    void ended(int status, long elapsedNanos) {
        inFlight.decrement();
        int statusClass = status / 100;
        if (statusClass >= 1 && statusClass <= 5) {
            classes[statusClass - 1].increment();
        }
        nanos.add(elapsedNanos);
        count.increment();
        double seconds = elapsedNanos / 1e9;
        for (int i = 0; i < BOUNDS.length; i++) {
            if (seconds <= BOUNDS[i]) {
                buckets[i].increment();
                break;
            }
        }
    }

    @Override
    public long[] getResponsesByClass() {
        long[] counts = new long[classes.length];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = classes[i].sum();
        }
        return counts;
    }

    @Override
    public double[] getDurationBucketBounds() {
        return BOUNDS.clone();
    }

    @Override
    public long[] getDurationBucketCounts() {
        long[] cumulative = new long[BOUNDS.length];
        long sum = 0;
        for (int i = 0; i < BOUNDS.length; i++) {
            sum += buckets[i].sum();
            cumulative[i] = sum;
        }
        return cumulative;
    }

    @Override
    public double getDurationSecondsSum() {
        return nanos.sum() / 1e9;
    }

    @Override
    public long getCount() {
        return count.sum();
    }

    @Override
    public long getInFlight() {
        return inFlight.sum();
    }

    private static LongAdder[] adders(int n) {
        LongAdder[] adders = new LongAdder[n];
        for (int i = 0; i < n; i++) {
            adders[i] = new LongAdder();
        }
        return adders;
    }
}
