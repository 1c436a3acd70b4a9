package dev.steadfast.shop.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The shop's load benchmark, as {@code bin/benchmark} runs it: one run that brings the local topology up, measures
 * each way of serving the shop (see {@link #main}), takes it down, and writes what it found under
 * {@code docs/benchmarks/}. It reports figures and asserts nothing: ShopClusterIT runs its mix for ten seconds in
 * every build so that the benchmark keeps working.
 */
public final class ShopBenchmark {

    private static final int STOCK = 1_000_000;

    private ShopBenchmark() {
    }

    /**
     * Steadfast's domain with the shop (distributable): warm-up, saturation through the balancer and on one worker
     * directly, the fixed rate on both, the overload at twice the balancer's saturating rate; then the same WAR
     * without {@code <distributable/>}, rolled out in its place: warm-up, saturation and fixed rate through the
     * balancer.
     */
    public static void main(String[] args) {
        BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
        List<Variant> variants = new ArrayList<>();
        Overload overload;
        BenchmarkDomain domain = BenchmarkDomain.up(settings.root(), settings.state());
        try {
            domain.release(settings.war());
            domain.restock(STOCK);
            URI worker = domain.workers().get(0);
            Optional<LoadRun.ClientKey> key = Optional.of(domain.clientKey());
            warmUp(settings, domain, domain.balancer(), Optional.empty());
            warmUp(settings, domain, worker, key);
            Variant balancer = variant(settings, domain, "balancer", "Steadfast, through the balancer (the shop distributable)",
                    domain.balancer(), Optional.empty());
            variants.add(balancer);
            variants.add(variant(settings, domain, "direct", "Steadfast, one worker directly, with the domain's client key", worker, key));
            double saturating = balancer.highest().map(Figures::offeredVisitsPerSecond).orElse(settings.fixedRate());
            overload = Overload.drive(domain, 2 * saturating, settings.overloadSeconds(), settings.results());

            domain.release(NotDistributable.copyOf(settings.war(), settings.results()));
            domain.restock(STOCK);
            warmUp(settings, domain, domain.balancer(), Optional.empty());
            variants.add(variant(settings, domain, "not-distributable", "Steadfast, through the balancer, the same WAR without <distributable/>",
                    domain.balancer(), Optional.empty()));
        } finally {
            domain.down();
        }
        BenchmarkReport report = new BenchmarkReport(settings, variants, overload);
        try {
            Files.createDirectories(settings.output());
            report.write(settings.output());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println(report.markdown());
    }

    private static void warmUp(BenchmarkSettings settings, BenchmarkDomain domain, URI shop, Optional<LoadRun.ClientKey> key) {
        String name = "warm-up-" + (key.isPresent() ? "direct" : "balancer");
        Saturation.measured(new LoadRun(name, shop, key, settings.fixedRate(), settings.warmUpSeconds()), settings.results(), domain.state());
    }

    private static Variant variant(BenchmarkSettings settings, BenchmarkDomain domain, String name, String description, URI shop,
                                   Optional<LoadRun.ClientKey> key) {
        Saturation.Result saturation = Saturation.search(name, shop, key, settings.target(), settings.stepSeconds(), settings.results(),
                domain.state());
        Figures fixed = Saturation.measured(new LoadRun(name + "-fixed", shop, key, settings.fixedRate(), settings.fixedSeconds()),
                settings.results(), domain.state());
        return new Variant(name, description, saturation, fixed);
    }
}
