package dev.steadfast.shop.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The answers of a run by status code, how many 503s carried a {@code Retry-After}, and the servers' CPU seconds:
 * what Gatling's own statistics do not say (they count a 503 and a time-out alike as failed). Written as a
 * properties file at the end of the run: {@code status.200=...}, {@code retry-after=...}, {@code server-cpu-seconds=...}.
 */
final class StatusTally {

    private final Map<Integer, LongAdder> byStatus = new ConcurrentHashMap<>();
    private final LongAdder retryAfter = new LongAdder();
    private volatile double serverCpuSeconds = Double.NaN;

    int answered(int status) {
        byStatus.computeIfAbsent(status, s -> new LongAdder()).increment();
        return status;
    }

    /** Gatling hands an optional header's check null when the header is absent. */
    String retryAfter(String value) {
        if (value != null) {
            retryAfter.increment();
        }
        return value;
    }

    void serverCpu(double seconds) {
        serverCpuSeconds = seconds;
    }

    void writeTo(Path file) {
        Properties tally = new Properties();
        byStatus.forEach((status, count) -> tally.setProperty("status." + status, Long.toString(count.sum())));
        tally.setProperty("retry-after", Long.toString(retryAfter.sum()));
        tally.setProperty("server-cpu-seconds", Double.toString(serverCpuSeconds));
        try (var out = Files.newBufferedWriter(file)) {
            tally.store(out, "answers by status");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
