package dev.steadfast.ops.drill;

import static dev.steadfast.ops.drill.ReportText.cell;
import static dev.steadfast.ops.drill.ReportText.millis;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A drill report for people: what was done, a table of what it did to the users and how long healing took. */
final class ReportMarkdown {

    private static final Map<String, String> PHASE_WORDS = Map.of(DrillReport.TIME_TO_DETECT, "Time to detect",
            DrillReport.TIME_TO_LIVE, "Time to live", DrillReport.TIME_TO_READY, "Time to ready",
            DrillReport.TIME_TO_REDUNDANT, "Time to redundant");

    private ReportMarkdown() {}

    static String of(DrillReport r, String svgName) {
        LoadResult load = r.load();
        LoadSettings s = load.settings();
        StringBuilder md = new StringBuilder();
        md.append("# Drill ").append(r.kind()).append(": ").append(r.target()).append("\n\n");
        md.append("Fault `").append(r.kind()).append("` on ").append(r.target()).append(", while ")
                .append(s.sessions()).append(s.sessions() == 1 ? " session" : " sessions")
                .append(" wrote and read a counter each through the balancer (").append(s.counter())
                .append("), a write then a read, ").append(millis(s.pace().toMillis()))
                .append(" apart, each request given ").append(millis(s.requestTimeout().toMillis()))
                .append(", never retried; the load ran ").append(millis(load.durationMillis()))
                .append(load.verification().isEmpty() ? "." : ", then every counter was read once more.");
        if (!r.marks().isEmpty()) {
            md.append(" Moments: ").append(r.marks().stream().map(m -> m.label() + " at " + millis(m.atMillis()))
                    .collect(Collectors.joining(", "))).append('.');
        }
        md.append("\n\n| Result | Value |\n|---|---|\n");
        row(md, "Requests", load.requests());
        row(md, "Failed reads", load.failedReads());
        row(md, "Failed writes", load.failedWrites());
        row(md, "Failures by status", ReportText.failures(load.failures()));
        row(md, "Acknowledged writes", load.acknowledgedWrites());
        row(md, "Acknowledged writes lost", load.acknowledgedWritesLost());
        row(md, "Sessions reset", load.sessionsReset());
        row(md, "Phantom writes", load.phantomWrites());
        row(md, "Answers misdelivered", load.answersMisdelivered());
        row(md, "Unverified sessions", load.unverifiedSessions());
        DrillReport.PHASES.forEach(p -> row(md, PHASE_WORDS.get(p), ReportText.duration(r.phase(p))));
        r.phases().keySet().stream().filter(p -> !PHASE_WORDS.containsKey(p))
                .forEach(p -> row(md, p, ReportText.duration(r.phase(p))));
        row(md, "Latency p50", millis(load.latency().p50()));
        row(md, "Latency p99", millis(load.latency().p99()));
        row(md, "Latency max", millis(load.latency().max()));
        if (!load.findings().isEmpty()) {
            md.append("\n## What the sessions found wrong\n\n");
            load.findings().forEach(f -> md.append("- ").append(f).append('\n'));
        }
        if (!r.settings().isEmpty()) {
            md.append("\n## Settings\n\n| Setting | Value |\n|---|---|\n");
            r.settings().forEach((k, v) -> row(md, k, v));
        }
        Machine m = r.machine();
        md.append("\n## Machine\n\n");
        md.append(m.cores()).append(" cores, ").append(ReportText.bytes(m.memoryBytes())).append(" memory");
        m.cpuModel().ifPresent(cpu -> md.append(", ").append(cpu));
        md.append("; ").append(m.os()).append("; Java ").append(m.java()).append(".\n\n");
        md.append("![timeline](").append(svgName).append(")\n");
        return md.toString();
    }

    static String summaryTable(List<DrillReport> reports) {
        StringBuilder md = new StringBuilder("| Drill | Target | Requests | Failed | Lost | Reset | Detect | Live"
                + " | Redundant | Max latency |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (DrillReport r : reports) {
            LoadResult l = r.load();
            md.append("| ").append(String.join(" | ", cell(r.kind()), cell(r.target()), String.valueOf(l.requests()),
                    String.valueOf(l.failed()), String.valueOf(l.acknowledgedWritesLost()),
                    String.valueOf(l.sessionsReset()), ReportText.duration(r.phase(DrillReport.TIME_TO_DETECT)),
                    ReportText.duration(r.phase(DrillReport.TIME_TO_LIVE)),
                    ReportText.duration(r.phase(DrillReport.TIME_TO_REDUNDANT)), millis(l.latency().max())))
                    .append(" |\n");
        }
        return md.toString();
    }

    private static void row(StringBuilder md, String name, Object value) {
        md.append("| ").append(cell(name)).append(" | ").append(cell(String.valueOf(value))).append(" |\n");
    }
}
