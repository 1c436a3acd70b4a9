package dev.steadfast.runtime.admission;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * At most {@code maxConcurrent} requests inside the application at once; one that finds them all taken waits up to
 * {@code maxWaitMillis} for a place (a burst that would be served in milliseconds is not shed), then is turned away.
 */
public final class Admission {

    private final Semaphore places;
    private final long maxWaitMillis;

    public Admission(int maxConcurrent, long maxWaitMillis) {
        if (maxConcurrent < 1 || maxWaitMillis < 0) {
            throw new IllegalArgumentException("max-concurrent must be at least 1 and max-wait-millis at least 0: "
                    + maxConcurrent + ", " + maxWaitMillis);
        }
        this.places = new Semaphore(maxConcurrent, true);
        this.maxWaitMillis = maxWaitMillis;
    }

    /** True when the request got a place, which it must give back with {@link #leave()}. */
    public boolean enter() {
        try {
            return places.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public void leave() {
        places.release();
    }
}
