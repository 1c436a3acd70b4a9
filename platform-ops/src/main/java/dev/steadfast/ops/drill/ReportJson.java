package dev.steadfast.ops.drill;

import org.jboss.dmr.ModelNode;

/**
 * A drill report as JSON, for tools and for comparing drills: stable camelCase keys, times in milliseconds (keys
 * ending in Millis), a phase that never ended as null. The records of each attempt are left out: a long drill has
 * hundreds of thousands.
 */
final class ReportJson {

    private ReportJson() {}

    static String of(DrillReport r) {
        ModelNode n = new ModelNode();
        n.get("kind").set(r.kind());
        n.get("target").set(r.target());
        LoadResult load = r.load();
        ModelNode settings = n.get("load");
        settings.get("counter").set(load.settings().counter().toString());
        settings.get("sessions").set(load.settings().sessions());
        settings.get("paceMillis").set(load.settings().pace().toMillis());
        settings.get("requestTimeoutMillis").set(load.settings().requestTimeout().toMillis());
        settings.get("durationMillis").set(load.durationMillis());
        n.get("requests").set(load.requests());
        n.get("failedReads").set(load.failedReads());
        n.get("failedWrites").set(load.failedWrites());
        ModelNode failures = n.get("failures").setEmptyObject();
        load.failures().forEach((word, count) -> failures.get(word).set(count));
        n.get("acknowledgedWrites").set(load.acknowledgedWrites());
        n.get("acknowledgedWritesLost").set(load.acknowledgedWritesLost());
        n.get("sessionsReset").set(load.sessionsReset());
        n.get("phantomWrites").set(load.phantomWrites());
        n.get("answersMisdelivered").set(load.answersMisdelivered());
        n.get("verificationReads").set(load.verification().size());
        n.get("unverifiedSessions").set(load.unverifiedSessions());
        ModelNode findings = n.get("findings").setEmptyList();
        load.findings().forEach(findings::add);
        latency(n.get("latencyMillis"), load.latency());
        ModelNode phases = n.get("phasesMillis").setEmptyObject();
        DrillReport.PHASES.forEach(p -> phases.get(p));
        r.phases().forEach((name, d) -> phases.get(name).set(d.toMillis()));
        ModelNode marks = n.get("marks").setEmptyList();
        r.marks().forEach(m -> {
            ModelNode mark = marks.add();
            mark.get("label").set(m.label());
            mark.get("atMillis").set(m.atMillis());
        });
        ModelNode drillSettings = n.get("settings").setEmptyObject();
        r.settings().forEach((k, v) -> drillSettings.get(k).set(v));
        Machine m = r.machine();
        ModelNode machine = n.get("machine");
        machine.get("cores").set(m.cores());
        machine.get("memoryBytes").set(m.memoryBytes());
        machine.get("os").set(m.os());
        machine.get("java").set(m.java());
        machine.get("cpuModel");
        m.cpuModel().ifPresent(cpu -> machine.get("cpuModel").set(cpu));
        ModelNode series = n.get("perSecond").setEmptyList();
        for (LoadSecond s : load.perSecond()) {
            ModelNode second = series.add();
            second.get("second").set(s.second());
            second.get("requests").set(s.requests());
            second.get("errors").set(s.errors());
            latency(second.get("latencyMillis"), s.latency());
        }
        return n.toJSONString(false) + "\n";
    }

    private static void latency(ModelNode node, Latency l) {
        node.get("p50").set(l.p50());
        node.get("p99").set(l.p99());
        node.get("max").set(l.max());
    }
}
