package dev.steadfast.shop.benchmark;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The highest rate one path to the shop serves within the target: runs of rising rate (half again each step) until
 * one fails the target (when the first run fails already, runs at half the rate until one passes), then
 * {@value #BISECTIONS} runs halving the interval between the highest rate that passed and the lowest that failed, so
 * that the maximum is known to within a sixteenth of the rate (about 6 %; an eighth when the search went down). The
 * maximum is the highest passing run, the bottom of that interval; every run is kept. When no run failed within
 * {@value #MAX_STEPS} steps the maximum is only a lower bound ({@code capped}).
 */
final class Saturation {

    private static final double FIRST_RATE = 4;
    private static final double LOWEST_RATE = 0.5;
    private static final double STEP = 1.5;
    private static final int MAX_STEPS = 12;
    private static final int BISECTIONS = 3;
    private static final Duration SETTLE = Duration.ofSeconds(5);

    record Result(String name, List<Figures> runs, Optional<Figures> highestWithinTarget, boolean capped) {
    }

    private Saturation() {
    }

    static Result search(String name, URI shop, Optional<LoadRun.ClientKey> key, Target target, int seconds, Path results,
                         Path state) {
        List<Figures> runs = new ArrayList<>();
        Figures passed = null;
        double rate = FIRST_RATE;
        double failedAt = Double.NaN;
        for (int step = 1; step <= MAX_STEPS && Double.isNaN(failedAt); step++) {
            Figures run = measured(new LoadRun(name + "-" + step, shop, key, round(rate), seconds), results, state);
            runs.add(run);
            if (target.met(run)) {
                passed = run;
                rate *= STEP;
            } else {
                failedAt = round(rate);
            }
        }
        for (double lower = failedAt / 2; passed == null && lower >= LOWEST_RATE; lower /= 2) {
            Figures run = measured(new LoadRun(name + "-lower-" + round(lower), shop, key, round(lower), seconds), results, state);
            runs.add(run);
            if (target.met(run)) {
                passed = run;
            } else {
                failedAt = round(lower);
            }
        }
        for (int bisection = 1; bisection <= BISECTIONS && !Double.isNaN(failedAt) && passed != null; bisection++) {
            double between = round((passed.offeredVisitsPerSecond() + failedAt) / 2);
            if (between <= passed.offeredVisitsPerSecond() || between >= failedAt) {
                break;
            }
            Figures run = measured(new LoadRun(name + "-between-" + bisection, shop, key, between, seconds), results, state);
            runs.add(run);
            if (target.met(run)) {
                passed = run;
            } else {
                failedAt = between;
            }
        }
        return new Result(name, runs, Optional.ofNullable(passed), Double.isNaN(failedAt));
    }

    /** A run, after a pause that lets the last run's queues drain, said on the console as it ends. */
    static Figures measured(LoadRun run, Path results, Path state) {
        BenchmarkDomain.pause(SETTLE);
        Figures measured = run.run(results, Optional.of(state));
        System.out.printf("%-28s %6.1f visits/s offered: %7.1f ok/s, p50 %5d ms, p95 %5d ms, p99 %5d ms, failed %d of %d, %s, CPU %.2f ms/request%n",
                run.name(), run.rate(), measured.okPerSecond(), measured.p50(), measured.p95(), measured.p99(), measured.failed(),
                measured.requests(), measured.statuses(), measured.cpuSecondsPerRequest() * 1000);
        return measured;
    }

    private static double round(double rate) {
        return Math.round(rate * 10) / 10.0;
    }

    /**
     * What a run must meet to count as served: p99 of the requests answered as expected at most the target, and at
     * most one request in a thousand failed (one failure allowed in a run of fewer than a thousand, where 0.1 % is
     * less than one request).
     */
    record Target(long p99Millis) {
        boolean met(Figures run) {
            return run.p99() <= p99Millis && run.failed() <= Math.max(1, run.requests() / 1000);
        }
    }
}
