package dev.steadfast.shop.benchmark;

import java.nio.file.Path;

/**
 * What {@code bin/benchmark} hands the benchmark, as system properties: where the checkout, its state directory
 * ({@code STEADFAST_STATE}), the shop's WAR and the outputs are, which commit is measured, and the run's shape,
 * each with the default the published figures were made with.
 */
record BenchmarkSettings(Path root, Path state, Path war, Path output, Path results, String commit, String wildflyVersion, String gatlingVersion,
                         Saturation.Target target, int stepSeconds, double fixedRate, int fixedSeconds, int warmUpSeconds,
                         int overloadSeconds) {

    /** The WildFly distribution the build resolved, which the stock domain unpacks (as bin/steadfast uses it). */
    Path distribution() {
        return root.resolve("platform-ops/target/wildfly/wildfly-dist.zip");
    }

    static BenchmarkSettings fromSystemProperties() {
        String state = System.getenv("STEADFAST_STATE");
        if (state == null || state.isBlank()) {
            throw new IllegalStateException("STEADFAST_STATE is not set: bin/benchmark sets it");
        }
        return new BenchmarkSettings(path("steadfast.root"), Path.of(state), path("steadfast.war"), path("benchmark.output"),
                path("benchmark.results"), required("benchmark.commit"), required("version.wildfly"), required("version.gatling"),
                new Saturation.Target(Long.getLong("benchmark.p99-target-millis", 500)), Integer.getInteger("benchmark.step-seconds", 20),
                Double.parseDouble(System.getProperty("benchmark.fixed-rate", "8")), Integer.getInteger("benchmark.fixed-seconds", 60),
                Integer.getInteger("benchmark.warm-up-seconds", 60), Integer.getInteger("benchmark.overload-seconds", 60));
    }

    private static Path path(String name) {
        return Path.of(required(name)).toAbsolutePath().normalize();
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name + " is not set: bin/benchmark sets it");
        }
        return value;
    }
}
