package dev.steadfast.shop.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * The shop offered twice the rate it saturates at: what must hold is that the servers shed what they cannot take
 * (503 with Retry-After, from the workers' admission limit), answer the requests they admit within a bounded time
 * (p99 of the requests answered as expected),
 * and that no server is restarted or fenced and the domain is ready and redundant afterwards.
 *
 * @param replaced                  servers whose process changed during the run (restarted, fenced), by name and old pid
 * @param readyAndRedundantAfterwards whether {@code status} said ready and redundant within a minute of the run
 */
record Overload(Figures run, Map<String, Long> replaced, boolean readyAndRedundantAfterwards) {

    private static final Duration RECOVERY = Duration.ofMinutes(1);

    static Overload drive(BenchmarkDomain domain, double visitsPerSecond, int seconds, Path results) {
        ServerCpu before = ServerCpu.of(domain.state());
        Figures run = Saturation.measured(new LoadRun("overload", domain.balancer(), Optional.empty(), visitsPerSecond, seconds),
                results, domain.state());
        Map<String, Long> replaced = ServerCpu.of(domain.state()).replacedSince(before);
        Instant deadline = Instant.now().plus(RECOVERY);
        boolean recovered = domain.readyAndRedundant();
        while (!recovered && Instant.now().isBefore(deadline)) {
            BenchmarkDomain.pause(Duration.ofSeconds(2));
            recovered = domain.readyAndRedundant();
        }
        return new Overload(run, replaced, recovered);
    }

    /** Requests a worker shed: 503 with a Retry-After. */
    long shed() {
        return run.retryAfter();
    }

    /**
     * Requests that timed out or found no server: no answer at all, 502, 504, and 503 without a Retry-After (the
     * balancer's, when it has no worker to send to): what shedding is there to prevent.
     */
    long unanswered() {
        return run.noAnswer() + run.answeredWith(502) + run.answeredWith(504) + run.answeredWith(503) - run.retryAfter();
    }

    JsonObject toJson() {
        return Json.createObjectBuilder().add("run", run.toJson()).add("shedWith503AndRetryAfter", shed())
                .add("timedOutOrUnanswered", unanswered()).add("admittedP99Millis", run.p99())
                .add("serversRestartedOrFenced", Json.createArrayBuilder(replaced.keySet()))
                .add("readyAndRedundantAfterwards", readyAndRedundantAfterwards).build();
    }
}
