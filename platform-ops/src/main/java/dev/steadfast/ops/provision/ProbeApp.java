package dev.steadfast.ops.provision;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import dev.steadfast.ops.DistributableWar;

/**
 * {@link dev.steadfast.ops.probe.ReadinessProbe}, {@link dev.steadfast.ops.probe.ClusterHealth} and
 * {@link dev.steadfast.ops.probe.WorkerMetrics} as
 * steadfast-probe.war, the same bytes each time ({@link DistributableWar}), so that provisioning again finds the same
 * content hash and changes nothing; ShrinkWrap, which makes the tests' archives, stamps each entry with the time of export.
 */
final class ProbeApp {

    static final String NAME = "steadfast-probe.war";

    private ProbeApp() {}

    /** The io worker whose threads run the probe's requests (cli-scripts/domain/097-probe-listener.cli says why). */
    static final String WORKER = "steadfast-probe";

    static Path write(Path dir) {
        return DistributableWar.write(dir.resolve(NAME), List.of("dev/steadfast/ops/probe/ReadinessProbe.class",
                "dev/steadfast/ops/probe/ClusterHealth.class", "dev/steadfast/ops/probe/MBeanAttributes.class",
                "dev/steadfast/ops/probe/WorkerMetrics.class", "dev/steadfast/ops/probe/ApplicationFigures.class",
                "dev/steadfast/ops/metrics/PrometheusText.class"), "steadfast-probe", Optional.of(WORKER));
    }
}
