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
     * balancer. Then, once Steadfast is down, the same on stock WildFly ({@link StockDomain}) through its balancer.
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
            warmUp(settings, domain.state(), domain.balancer(), Optional.empty());
            warmUp(settings, domain.state(), worker, key);
            Variant balancer = variant(settings, domain.state(), "balancer", "Steadfast, through the balancer",
                    domain.balancer(), Optional.empty());
            variants.add(balancer);
            variants.add(variant(settings, domain.state(), "direct", "Steadfast, one worker directly", worker, key));
            double saturating = balancer.highest().map(Figures::offeredVisitsPerSecond).orElse(settings.fixedRate());
            overload = Overload.drive(domain, 2 * saturating, settings.overloadSeconds(), settings.results());

            domain.release(NotDistributable.copyOf(settings.war(), settings.results()));
            domain.restock(STOCK);
            warmUp(settings, domain.state(), domain.balancer(), Optional.empty());
            variants.add(variant(settings, domain.state(), "not-distributable", "Steadfast, WAR not distributable",
                    domain.balancer(), Optional.empty()));
        } finally {
            domain.down();
        }
        try {
            StockDomain stock = StockDomain.up(settings.distribution(), settings.results().resolve("stock-wildfly"), settings.war());
            try {
                stock.restock(STOCK);
                warmUp(settings, stock.state(), stock.balancer(), Optional.empty());
                variants.add(variant(settings, stock.state(), "stock", "Stock WildFly, through its balancer", stock.balancer(), Optional.empty()));
            } finally {
                stock.down();
            }
        } catch (RuntimeException e) {
            // Steadfast's figures are still worth their report; the comparison is then said to be missing.
            System.err.println("The stock WildFly side failed, reported without it: " + e);
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

    /** The first minute of a deployment through the balancer is slow (C1 compiling, caches filling): not measured. */
    private static void warmUp(BenchmarkSettings settings, Path state, URI shop, Optional<LoadRun.ClientKey> key) {
        String name = "warm-up-" + (key.isPresent() ? "direct" : "balancer");
        Saturation.measured(new LoadRun(name, shop, key, settings.fixedRate(), settings.warmUpSeconds()), settings.results(), state);
    }

    private static Variant variant(BenchmarkSettings settings, Path state, String name, String description, URI shop,
                                   Optional<LoadRun.ClientKey> key) {
        Saturation.Result saturation = Saturation.search(name, shop, key, settings.target(), settings.stepSeconds(), settings.results(),
                state);
        Figures fixed = Saturation.measured(new LoadRun(name + "-fixed", shop, key, settings.fixedRate(), settings.fixedSeconds()),
                settings.results(), state);
        return new Variant(name, description, saturation, fixed);
    }
}
