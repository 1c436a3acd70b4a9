/**
 * The shop's load benchmark ({@code bin/benchmark}): {@link dev.steadfast.shop.benchmark.ShopMix}, the Gatling
 * simulation of a visit, run by {@link dev.steadfast.shop.benchmark.LoadRun} in a JVM of its own against Steadfast's
 * local topology ({@link dev.steadfast.shop.benchmark.BenchmarkDomain}) and stock WildFly
 * ({@link dev.steadfast.shop.benchmark.StockDomain}); {@link dev.steadfast.shop.benchmark.ShopBenchmark} runs the whole
 * comparison and writes its report. Figures, never assertions: only the ten-second smoke in ShopClusterIT asserts,
 * and only counts. The method: docs/benchmarks.md.
 */
package dev.steadfast.shop.benchmark;
