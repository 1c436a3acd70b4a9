package dev.steadfast.runtime.metrics;

/**
 * An application's requests since it was deployed, as the probe renders them: the Prometheus counter
 * {@code steadfast_http_requests_total} by status class and the histogram {@code steadfast_http_request_duration_seconds}.
 */
public interface HttpRequestsMXBean {

    /** Responses by status class: index 0 counts 1xx, index 4 counts 5xx. */
    long[] getResponsesByClass();

    /** The histogram's upper bounds in seconds, ascending; {@code +Inf} is implied. */
    double[] getDurationBucketBounds();

    /** Cumulative: element i counts the requests that took at most bound i. */
    long[] getDurationBucketCounts();

    double getDurationSecondsSum();

    long getCount();

    /** Requests being served now. */
    long getInFlight();
}
