package dev.steadfast.ops.drill;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DrillAppTest {

    @Test
    void theWarIsTheSameByteForByteEachTimeAndHoldsTheDistributableCounterAndItsReadinessOnly(@TempDir Path a, @TempDir Path b)
            throws Exception {
        Path first = DrillApp.write(a);
        byte[] second = Files.readAllBytes(DrillApp.write(b));
        assertEquals(DrillApp.NAME, first.getFileName().toString());
        assertArrayEquals(Files.readAllBytes(first), second);
        List<String> names = new ArrayList<>();
        String webXml = null;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(first))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                names.add(e.getName());
                assertEquals(0, e.getLastModifiedTime().toMillis(), "a fixed time, not the time of writing");
                if (e.getName().equals("WEB-INF/web.xml")) {
                    webXml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertEquals(List.of("WEB-INF/web.xml", "WEB-INF/classes/dev/steadfast/ops/probe/SessionCounter.class",
                "WEB-INF/classes/dev/steadfast/ops/probe/SessionCount.class",
                "WEB-INF/classes/dev/steadfast/ops/probe/DatabaseReadiness.class"), names);
        assertTrue(webXml.contains("<distributable/>"));
    }

    @Test
    void eachReleaseIsContentOfItsOwnWithTheSameClasses(@TempDir Path a, @TempDir Path b) throws Exception {
        byte[] first = Files.readAllBytes(DrillApp.write(a, 1));
        byte[] second = Files.readAllBytes(DrillApp.write(b, 2));
        assertFalse(java.util.Arrays.equals(first, second), "a rollout needs content that differs");
        assertArrayEquals(first, Files.readAllBytes(DrillApp.write(b)), "release 1 is the one every drill deploys");
    }
}
