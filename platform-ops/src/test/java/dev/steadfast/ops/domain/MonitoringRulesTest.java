package dev.steadfast.ops.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.steadfast.ops.topology.Topology;

/**
 * The alert rules and the scrape configuration, checked by Prometheus' own promtool (Debian's, unpacked by
 * bin/prometheus-setup into {@code steadfast.prometheus.home}): the rules parse, each rule's tests pass (a firing and a
 * not-firing case each), and the configuration {@code steadfast monitoring} writes for a topology is valid.
 */
class MonitoringRulesTest {

    private static final Path MONITORING = Path.of(System.getProperty("steadfast.root", "..")).resolve("monitoring/prometheus");
    private static final Path PROMTOOL = Path.of(System.getProperty("steadfast.prometheus.home", "target/prometheus"), "usr/bin/promtool");

    @TempDir
    Path tmp;

    @Test
    void everyRuleParses() throws IOException, InterruptedException {
        String out = promtool("check", "rules", MONITORING.resolve("steadfast-rules.yml").toString());
        assertTrue(out.contains("SUCCESS: 11 rules found"), out);
    }

    @Test
    void everyRuleFiresInItsFiringCaseAndStaysSilentInItsOtherCase() throws IOException, InterruptedException {
        String out = promtool("test", "rules", MONITORING.resolve("steadfast-rules-test.yml").toString());
        assertTrue(out.contains("SUCCESS"), out);
    }

    @Test
    void theScrapeConfigurationWrittenForATopologyIsValidWithATargetPerWorkerAndPerHost() throws IOException, InterruptedException {
        Topology local = Topology.load("local");
        String yml = new MonitoringFiles(local, null).prometheusYml(15);
        Files.writeString(tmp.resolve("prometheus.yml"), yml);
        Files.copy(MONITORING.resolve("steadfast-rules.yml"), tmp.resolve("steadfast-rules.yml"));
        for (String f : List.of("steadfast.crt", "client.crt", "client.key")) {
            Files.writeString(tmp.resolve(f), "");
        }
        String out = promtool("check", "config", tmp.resolve("prometheus.yml").toString());
        assertTrue(out.contains("SUCCESS: 1 rule files found"), out);
        assertEquals(List.of("'127.0.0.11:9543'", "'127.0.0.12:9543'", "'127.0.0.11:9994'", "'127.0.0.12:9994'"),
                yml.lines().filter(l -> l.contains("targets:")).map(l -> l.replaceAll(".*\\[(.*)].*", "$1")).toList());
        assertTrue(yml.contains("labels: {host: secondary, server: apps-2, group: steadfast-apps}"), yml);
    }

    private static String promtool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(PROMTOOL.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "promtool did not end");
        assertEquals(0, p.exitValue(), String.join(" ", command) + "\n" + out);
        return out;
    }
}
