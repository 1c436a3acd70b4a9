package dev.steadfast.ops.drill;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The report of one drill: what the load saw while the fault ran, the drill's moments, how long the platform took to
 * detect the fault and to be live, ready and redundant again, the settings that shaped those times and the machine
 * they were measured on. Written as JSON (for tools and comparisons), Markdown (for people) and an SVG timeline.
 *
 * @param kind the drill: kill, hang, crash-loop, db-outage
 * @param target what the fault hit: "apps-2 on host secondary"
 * @param marks the drill's moments on the load's clock ("fault", "fenced", "live"...), kept in time order
 * @param phases phase name to its duration measured from the fault ({@link #TIME_TO_DETECT}...); a phase that never
 *        ended is absent and shown as "n/a". The four known phases come first, others after them in the caller's order
 * @param settings what shaped the times (fence bound, probe period...), in the caller's order
 */
public record DrillReport(String kind, String target, LoadResult load, List<Mark> marks, Map<String, Duration> phases,
                          Map<String, String> settings, Machine machine) {

    public static final String TIME_TO_DETECT = "timeToDetect";
    public static final String TIME_TO_LIVE = "timeToLive";
    public static final String TIME_TO_READY = "timeToReady";
    public static final String TIME_TO_REDUNDANT = "timeToRedundant";
    /** The phases every report shows, "n/a" when absent, in this order. */
    public static final List<String> PHASES = List.of(TIME_TO_DETECT, TIME_TO_LIVE, TIME_TO_READY, TIME_TO_REDUNDANT);

    public DrillReport {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(load, "load");
        Objects.requireNonNull(machine, "machine");
        marks = marks.stream().sorted(Comparator.comparingLong(Mark::atMillis)).toList();
        phases = Collections.unmodifiableMap(ordered(phases));
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    private static Map<String, Duration> ordered(Map<String, Duration> phases) {
        Map<String, Duration> ordered = new LinkedHashMap<>();
        PHASES.stream().filter(phases::containsKey).forEach(p -> ordered.put(p, phases.get(p)));
        phases.forEach((name, d) -> ordered.putIfAbsent(name, d));
        ordered.forEach((name, d) -> Objects.requireNonNull(d, name));
        return ordered;
    }

    public Optional<Duration> phase(String name) {
        return Optional.ofNullable(phases.get(name));
    }

    /**
     * Writes baseName.json, baseName.md and baseName.svg into dir (made if missing), replacing what is there.
     *
     * @return the three files, in that order
     */
    public List<Path> writeTo(Path dir, String baseName) {
        if (baseName.isBlank() || baseName.contains("/") || baseName.contains("\\")) {
            throw new IllegalArgumentException("a file name without folders, not " + baseName);
        }
        try {
            Files.createDirectories(dir);
            Path json = Files.writeString(dir.resolve(baseName + ".json"), ReportJson.of(this));
            Path md = Files.writeString(dir.resolve(baseName + ".md"), ReportMarkdown.of(this, baseName + ".svg"));
            Path svg = Files.writeString(dir.resolve(baseName + ".svg"), TimelineSvg.of(this));
            return List.of(json, md, svg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One Markdown table summing several drills up, one row each: kind, target, requests, failed, lost, reset, time to
     * detect, to live and to redundant, and max latency.
     */
    public static String summaryTable(List<DrillReport> reports) {
        return ReportMarkdown.summaryTable(reports);
    }
}
