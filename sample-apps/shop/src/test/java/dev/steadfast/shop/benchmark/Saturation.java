package dev.steadfast.shop.benchmark;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The highest rate one path to the shop serves within the target: runs of rising rate (half again each step), until
 * one fails the target (p99 above it, or more than one request in a thousand failed), then one run halfway between
 * the last that passed and the first that failed. The maximum is the highest passing run; every run is kept.
 */
final class Saturation {

    private static final double FIRST_RATE = 4;
    private static final double STEP = 1.5;
    private static final int MAX_STEPS = 12;
    private static final Duration SETTLE = Duration.ofSeconds(5);

    record Result(String name, List<Figures> runs, Optional<Figures> highestWithinTarget) {
    }

    private Saturation() {
    }

    static Result search(String name, URI shop, Optional<LoadRun.ClientKey> key, Target target, int seconds, Path results,
                         Path state) {
        List<Figures> runs = new ArrayList<>();
        Figures passed = null;
        double rate = FIRST_RATE;
        double failedAt = Double.NaN;
        for (int step = 1; step <= MAX_STEPS; step++) {
            Figures run = measured(new LoadRun(name + "-" + step, shop, key, round(rate), seconds), results, state);
            runs.add(run);
            if (!target.met(run)) {
                failedAt = rate;
                break;
            }
            passed = run;
            rate *= STEP;
        }
        if (!Double.isNaN(failedAt) && passed != null) {
            Figures between = measured(new LoadRun(name + "-between", shop, key, round((passed.offeredVisitsPerSecond() + failedAt) / 2),
                    seconds), results, state);
            runs.add(between);
            if (target.met(between)) {
                passed = between;
            }
        }
        return new Result(name, runs, Optional.ofNullable(passed));
    }

    /** A run with the servers' CPU time over it, after a pause that lets the last run's queues drain. */
    static Figures measured(LoadRun run, Path results, Path state) {
        BenchmarkDomain.pause(SETTLE);
        ServerCpu before = ServerCpu.of(state);
        Figures figures = run.run(results);
        Figures measured = figures.withServerCpu(ServerCpu.of(state).secondsSince(before));
        System.out.printf("%-28s %6.1f visits/s offered: %7.1f ok/s, p50 %5d ms, p95 %5d ms, p99 %5d ms, failed %d of %d, %s, CPU %.2f ms/request%n",
                run.name(), run.rate(), measured.okPerSecond(), measured.p50(), measured.p95(), measured.p99(), measured.failed(),
                measured.requests(), measured.statuses(), measured.cpuSecondsPerRequest() * 1000);
        return measured;
    }

    private static double round(double rate) {
        return Math.round(rate * 10) / 10.0;
    }

    /** What a run must meet to count as served: p99 of its answered requests, and failed requests at most 0.1 %. */
    record Target(long p99Millis) {
        boolean met(Figures run) {
            return run.p99() <= p99Millis && run.failed() * 1000 <= run.requests();
        }
    }
}
