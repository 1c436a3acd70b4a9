package dev.steadfast.runtime.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HttpRequestsTest {

    private static final long MS = 1_000_000L;

    @Test
    void eachRequestCountsInItsStatusClassAndInEveryBucketFromItsDurationUp() {
        HttpRequests requests = new HttpRequests();
        requests.started();
        requests.ended(200, 3 * MS);
        requests.started();
        requests.ended(404, 30 * MS);
        requests.started();
        requests.ended(503, 20_000 * MS); // beyond the last bound: only in +Inf, that is the count

        assertThat(requests.getResponsesByClass()).containsExactly(0, 1, 0, 1, 1);
        assertThat(requests.getDurationBucketBounds()).containsExactly(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10);
        assertThat(requests.getDurationBucketCounts()).containsExactly(1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2);
        assertThat(requests.getCount()).isEqualTo(3);
        assertThat(requests.getDurationSecondsSum()).isEqualTo(20.033, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(requests.getInFlight()).isZero();
    }

    @Test
    void aRequestBeingServedIsInFlightUntilItEnds() {
        HttpRequests requests = new HttpRequests();
        requests.started();
        assertThat(requests.getInFlight()).isEqualTo(1);
        assertThat(requests.getCount()).isZero();
        requests.ended(200, MS);
        assertThat(requests.getInFlight()).isZero();
    }

    @Test
    void aStatusOutsideTheFiveClassesIsTimedButInNoClass() {
        HttpRequests requests = new HttpRequests();
        requests.started();
        requests.ended(0, MS);
        assertThat(requests.getResponsesByClass()).containsExactly(0, 0, 0, 0, 0);
        assertThat(requests.getCount()).isEqualTo(1);
    }
}
