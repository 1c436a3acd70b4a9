package dev.steadfast.shop.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One run of {@link ShopMix}: Gatling in a JVM of its own (its own heap, and its CPU apart from the servers'), with
 * this JVM's class path, its results in {@code results/NAME}. A run whose Gatling fails to start or to finish is an
 * error; failed requests are figures, never an error.
 *
 * @param name       what the run measures, also its results folder
 * @param shop       the shop's address, through the balancer or one worker
 * @param clientKey  the domain's client key (PKCS#12) and its password file, for a worker reached directly
 * @param rate       visits per second
 * @param seconds    how long visitors arrive
 */
public record LoadRun(String name, URI shop, Optional<ClientKey> clientKey, double rate, int seconds) {

    /** A client key store and the file that holds its password (never the password itself on a command line). */
    public record ClientKey(Path keyStore, Path passwordFile) {
    }

    /**
     * Runs it and reads what it measured; with the servers' CPU time when {@code serversOf} names their domain's state
     * directory.
     */
    public Figures run(Path results, Optional<Path> serversOf) {
        try {
            Path folder = results.resolve(name);
            Files.createDirectories(results);
            BenchmarkFiles.replaceDirectory(folder);
            Path tally = folder.resolve("statuses.properties");
            Process gatling = new ProcessBuilder(command(folder, tally, serversOf)).redirectErrorStream(true)
                    .redirectOutput(folder.resolve("gatling.log").toFile()).start();
            try {
                if (!gatling.waitFor(seconds + 300L, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("Gatling did not finish run " + name + " in time; see " + folder.resolve("gatling.log"));
                }
            } finally {
                gatling.destroyForcibly();
            }
            if (gatling.exitValue() != 0) {
                throw new IllegalStateException("Gatling failed in run " + name + " (exit " + gatling.exitValue() + "); see "
                        + folder.resolve("gatling.log"));
            }
            return Figures.read(this, statsScript(folder), tally);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<String> command(Path folder, Path tally, Optional<Path> serversOf) {
        List<String> command = new ArrayList<>(List.of(BenchmarkFiles.jdkTool("java"),
                // Gatling's own JVM options, with an explicit heap; the opening is what its reports need on Java 17.
                "-Xms512m", "-Xmx512m", "-XX:+HeapDumpOnOutOfMemoryError", "-XX:MaxInlineLevel=20", "-XX:MaxTrivialSize=12",
                "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"),
                "-Dshop-mix.base=" + shop, "-Dshop-mix.rate=" + rate, "-Dshop-mix.seconds=" + seconds, "-Dshop-mix.tally=" + tally));
        serversOf.ifPresent(state -> command.add("-Dshop-mix.servers-of=" + state));
        clientKey.ifPresent(key -> {
            command.add("-Dshop-mix.key=" + key.keyStore());
            command.add("-Dshop-mix.key-password-file=" + key.passwordFile());
        });
        command.addAll(List.of("io.gatling.app.Gatling", "--simulation", ShopMix.class.getName(), "--results-folder", folder.toString(),
                "--run-description", name));
        return command;
    }

    /** Gatling's figures of the run: {@code js/stats.js} in the report of the run, in a folder Gatling names. */
    private static Path statsScript(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.endsWith(Path.of("js", "stats.js"))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Gatling wrote no report (js/stats.js) under " + folder));
        }
    }
}
