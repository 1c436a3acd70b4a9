package dev.steadfast.ops.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import dev.steadfast.ops.drill.Latency;
import dev.steadfast.ops.drill.LoadResult;
import dev.steadfast.ops.drill.LoadSettings;
import dev.steadfast.ops.drill.LostAck;

/**
 * Which lost writes a drill puts down to WildFly answering before it commits: only those the faulted server itself
 * acknowledged within the commit moment of its fault; any other loss fails the drill.
 */
class DrillTest {

    private static final List<DrillObserver.Fault> FREEZE_OF_APPS_1_AT_5_S = List.of(new DrillObserver.Fault("apps-1", 5_000));

    @Test
    void aWriteTheFaultedServerAcknowledgedJustBeforeItFroseIsCountedAtTheFault() {
        assertEquals(3, Drill.lostAtTheFault(load(new LostAck("apps-1", 4_990, 1), new LostAck("apps-1", 5_020, 2)), FREEZE_OF_APPS_1_AT_5_S));
    }

    @Test
    void aWriteAcknowledgedByTheOtherServerOrLongBeforeTheFaultIsALossOfThePlatform() {
        assertEquals(0, Drill.lostAtTheFault(load(new LostAck("apps-2", 5_000, 1), new LostAck("apps-1", 4_000, 1),
                new LostAck("apps-1", 5_300, 1)), FREEZE_OF_APPS_1_AT_5_S));
    }

    private static LoadResult load(LostAck... lost) {
        LoadSettings settings = new LoadSettings(URI.create("https://127.0.0.11:8443/steadfast-drill/counter"), 1, Duration.ZERO,
                Duration.ofSeconds(1));
        long writes = List.of(lost).stream().mapToLong(LostAck::writes).sum();
        Map<String, Long> failures = new TreeMap<>();
        return new LoadResult(settings, 10_000, List.of(), List.of(), 0, new TreeMap<>(failures), 0, 0, 10, writes, 0, 0, 0, 0,
                Latency.NONE, List.of(), List.of(), List.of(lost));
    }
}
