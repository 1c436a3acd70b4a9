package dev.steadfast.shop.benchmark;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * What one {@link LoadRun} measured. Latencies are of the answered requests that passed their check (Gatling's "OK"),
 * in milliseconds; a 503 that shed a request is a failed request here, counted by status in {@code statuses}.
 *
 * @param okPerSecond        requests answered as expected, per second of the run
 * @param noAnswer           requests that got no status at all (time-out, connection refused or reset)
 * @param retryAfter         503s with a Retry-After: shed by a worker's admission limit
 * @param serverCpuSeconds   CPU seconds the servers spent from the first visit to the last answer ({@link ServerCpu})
 */
public record Figures(String name, double offeredVisitsPerSecond, int seconds, long requests, long failed, double okPerSecond,
               long p50, long p95, long p99, long max, Map<Integer, Long> statuses, long retryAfter, long noAnswer,
               double serverCpuSeconds) {

    /**
     * Reads Gatling's figures of all requests from its report ({@code js/stats.js}: Gatling 3.13 writes them only
     * there, as the first {@code stats} object of a script, with every value a string and "-" for none) and the
     * simulation's tally of statuses.
     */
    static Figures read(LoadRun run, Path statsScript, Path tally) throws IOException {
        JsonObject stats = globalStats(Files.readString(statsScript), statsScript);
        Properties answers = new Properties();
        if (Files.exists(tally)) {
            try (Reader in = Files.newBufferedReader(tally)) {
                answers.load(in);
            }
        }
        Map<Integer, Long> statuses = new TreeMap<>();
        answers.stringPropertyNames().stream().filter(k -> k.startsWith("status."))
                .forEach(k -> statuses.put(Integer.valueOf(k.substring("status.".length())), Long.valueOf(answers.getProperty(k))));
        long requests = ok(stats, "numberOfRequests", "total");
        long answered = statuses.values().stream().mapToLong(Long::longValue).sum();
        return new Figures(run.name(), run.rate(), run.seconds(), requests, ok(stats, "numberOfRequests", "ko"),
                number(stats, "meanNumberOfRequestsPerSecond", "ok"),
                ok(stats, "percentiles1", "ok"), ok(stats, "percentiles3", "ok"), ok(stats, "percentiles4", "ok"),
                ok(stats, "maxResponseTime", "ok"), statuses, Long.parseLong(answers.getProperty("retry-after", "0")),
                requests - answered, Double.parseDouble(answers.getProperty("server-cpu-seconds", "NaN")));
    }

    public long answeredWith(int status) {
        return statuses.getOrDefault(status, 0L);
    }

    /** The servers' CPU seconds per request answered as expected (what the servers did for failed ones counts too). */
    double cpuSecondsPerRequest() {
        long ok = requests - failed;
        return ok == 0 ? Double.NaN : serverCpuSeconds / ok;
    }

    JsonObject toJson() {
        JsonObjectBuilder byStatus = Json.createObjectBuilder();
        statuses.forEach((status, count) -> byStatus.add(status.toString(), count));
        JsonObjectBuilder json = Json.createObjectBuilder().add("name", name).add("offeredVisitsPerSecond", offeredVisitsPerSecond)
                .add("seconds", seconds).add("requests", requests).add("failed", failed).add("okPerSecond", okPerSecond)
                .add("p50Millis", p50).add("p95Millis", p95).add("p99Millis", p99).add("maxMillis", max)
                .add("statuses", byStatus).add("retryAfter", retryAfter).add("noAnswer", noAnswer);
        if (!Double.isNaN(serverCpuSeconds)) {
            json.add("serverCpuSeconds", serverCpuSeconds).add("serverCpuSecondsPerRequest", cpuSecondsPerRequest());
        }
        return json.build();
    }

    private static long ok(JsonObject stats, String figure, String column) {
        return Math.round(number(stats, figure, column));
    }

    private static double number(JsonObject stats, String figure, String column) {
        JsonValue value = stats.getJsonObject(figure).get(column);
        if (value instanceof JsonNumber number) {
            return number.doubleValue();
        }
        String text = ((JsonString) value).getString();
        return text.equals("-") ? 0 : Double.parseDouble(text);
    }

    private static JsonObject globalStats(String script, Path file) {
        int start = script.indexOf("stats: {");
        if (start < 0) {
            throw new IllegalStateException("No stats object in Gatling's " + file + ": has its report format changed?");
        }
        int open = script.indexOf('{', start);
        int depth = 0;
        for (int i = open; i < script.length(); i++) {
            char c = script.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth == 0) {
                return Json.createReader(new StringReader(script.substring(open, i + 1))).readObject();
            }
        }
        throw new IllegalStateException("The stats object in Gatling's " + file + " does not end");
    }
}
