package dev.steadfast.shop.benchmark;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;

/**
 * What a benchmark run found, written as {@code shop-mix.json} (every run's figures), {@code shop-mix.md} (the
 * tables) and {@code shop-mix.svg} (the chart, {@link ThroughputChart}), each with the machine and the command.
 */
final class BenchmarkReport {

    static final String COMMAND = "./mvnw -q install -DskipTests && bin/benchmark";
    private final BenchmarkSettings settings;
    private final List<Variant> variants;
    private final Overload overload;
    private final Machine machine = Machine.here();
    private final LocalDate date = LocalDate.now(ZoneOffset.UTC);

    BenchmarkReport(BenchmarkSettings settings, List<Variant> variants, Overload overload) {
        this.settings = settings;
        this.variants = List.copyOf(variants);
        this.overload = overload;
    }

    void write(Path directory) throws IOException {
        StringWriter json = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(json)) {
            writer.writeObject(json());
        }
        Files.writeString(directory.resolve("shop-mix.json"), json.toString().strip() + "\n");
        Files.writeString(directory.resolve("shop-mix.md"), markdown());
        Files.writeString(directory.resolve("shop-mix.svg"), new ThroughputChart(variants, settings.target().p99Millis()).svg());
    }

    /** The goals, each where both of its variants were measured. */
    List<Ratio> ratios() {
        List<Ratio> ratios = new ArrayList<>();
        variant("balancer").ifPresent(balancer -> {
            variant("stock").ifPresent(stock -> {
                ratios.add(Ratio.ofThroughput("throughput, Steadfast / stock WildFly", balancer, stock, 1.1));
                ratios.add(Ratio.ofP99("p99 at the fixed rate, Steadfast / stock WildFly", balancer, stock, 1.0));
            });
            variant("not-distributable").ifPresent(local ->
                    ratios.add(Ratio.ofThroughput("throughput, replicated sessions / not distributable", balancer, local, 0.85)));
            variant("direct").ifPresent(direct ->
                    ratios.add(Ratio.ofThroughput("throughput, balancer path / one worker directly", balancer, direct, 0.6)));
        });
        return ratios;
    }

    JsonObject json() {
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (Variant v : variants) {
            JsonArrayBuilder steps = Json.createArrayBuilder();
            v.steps().forEach(f -> steps.add(f.toJson()));
            JsonObjectBuilder one = Json.createObjectBuilder().add("name", v.name()).add("description", v.description())
                    .add("maxOkPerSecondWithinTarget", v.maxOkPerSecond()).add("onlyALowerBound", v.saturation().capped())
                    .add("atFixedRate", v.atFixedRate().toJson()).add("steps", steps);
            v.highest().ifPresent(h -> one.add("highestWithinTarget", h.toJson()));
            all.add(one);
        }
        JsonArrayBuilder ratios = Json.createArrayBuilder();
        for (Ratio r : ratios()) {
            JsonObjectBuilder ratio = Json.createObjectBuilder().add("name", r.name());
            if (Double.isNaN(r.value())) {
                ratio.addNull("value");
            } else {
                ratio.add("value", r.value());
            }
            ratios.add(ratio.add("goal", (r.atLeast() ? "at least " : "at most ") + r.goal()).add("met", r.met()));
        }
        return Json.createObjectBuilder().add("benchmark", "the shop's mix (dev.steadfast.shop.benchmark.ShopMix)")
                .add("date", date.toString()).add("commit", settings.commit()).add("command", COMMAND)
                .add("machine", Json.createObjectBuilder().add("cores", machine.cores()).add("memoryMiB", machine.memoryMiB())
                        .add("cpu", machine.cpu()).add("java", machine.java()).add("os", machine.os()))
                .add("wildfly", settings.wildflyVersion())
                .add("load", Json.createObjectBuilder().add("tool", "Gatling " + settings.gatlingVersion() + ", open model (constant arrival rate)")
                        .add("requestsPerVisit", ShopMix.REQUESTS_PER_VISIT).add("p99TargetMillis", settings.target().p99Millis())
                        .add("stepSeconds", settings.stepSeconds()).add("fixedVisitsPerSecond", settings.fixedRate())
                        .add("fixedSeconds", settings.fixedSeconds()))
                .add("variants", all).add("ratios", ratios).add("overload", overload.toJson()).build();
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# The shop's mix: measured ").append(date).append(" (commit ").append(settings.commit()).append(")\n\n");
        md.append("Written by `").append(COMMAND).append("`; every figure is in [shop-mix.json](shop-mix.json), the method in ")
                .append("[../benchmarks.md](../benchmarks.md). Machine: ").append(machine.cores()).append(" cores (")
                .append(machine.cpu()).append("), ").append(Math.round(machine.memoryMiB() / 1024.0)).append(" GiB, ").append(machine.java())
                .append("; WildFly ").append(settings.wildflyVersion()).append(". Load: Gatling ").append(settings.gatlingVersion())
                .append(" on the same machine, visits of ").append(ShopMix.REQUESTS_PER_VISIT).append(" requests arriving at a constant rate.\n\n");
        md.append("| variant | highest rate within p99 ≤ ").append(settings.target().p99Millis())
                .append(" ms, ≤ 0.1 % failed | p50 / p95 / p99 there | at ").append(format(settings.fixedRate()))
                .append(" visits/s: p50 / p95 / p99 | failed there | servers' CPU per request |\n");
        md.append("| --- | --- | --- | --- | --- | --- |\n");
        for (Variant v : variants) {
            Figures f = v.atFixedRate();
            md.append("| ").append(v.description()).append(" | ")
                    .append(v.highest().map(h -> (v.saturation().capped() ? "≥ " : "") + format(h.okPerSecond()) + " requests/s ("
                            + format(h.offeredVisitsPerSecond()) + " visits/s)")
                            .orElse("none"))
                    .append(" | ").append(v.highest().map(BenchmarkReport::latencies).orElse("-"))
                    .append(" | ").append(latencies(f)).append(" | ").append(f.failed()).append(" of ").append(f.requests())
                    .append(" | ").append(String.format(Locale.ROOT, "%.1f ms", f.cpuSecondsPerRequest() * 1000)).append(" |\n");
        }
        md.append("\n| goal | found | met |\n| --- | --- | --- |\n");
        for (Ratio r : ratios()) {
            md.append("| ").append(r.name()).append(r.atLeast() ? " ≥ " : " ≤ ").append(r.goal()).append(" | ")
                    .append(String.format(Locale.ROOT, "%.2f", r.value())).append(" | ").append(r.met() ? "yes" : "no").append(" |\n");
        }
        Figures o = overload.run();
        md.append("\nOverload: ").append(format(o.offeredVisitsPerSecond())).append(" visits/s for ").append(o.seconds())
                .append(" s (twice the balancer's highest rate within the target): ").append(o.requests()).append(" requests, ")
                .append(o.requests() - o.failed()).append(" served (p50 / p95 / p99 ").append(latencies(o)).append("), ")
                .append(overload.shed()).append(" shed with 503 and Retry-After, ").append(overload.unanswered())
                .append(" timed out or unanswered; servers restarted or fenced: ")
                .append(overload.replaced().isEmpty() ? "none" : overload.replaced().keySet())
                .append("; ready and redundant afterwards: ").append(overload.readyAndRedundantAfterwards() ? "yes" : "no").append(".\n");
        return md.toString();
    }

    private Optional<Variant> variant(String name) {
        return variants.stream().filter(v -> v.name().equals(name)).findFirst();
    }

    private static String latencies(Figures f) {
        return f.p50() + " / " + f.p95() + " / " + f.p99() + " ms";
    }

    static String format(double value) {
        return String.format(Locale.ROOT, value == Math.rint(value) ? "%.0f" : "%.1f", value);
    }
}
