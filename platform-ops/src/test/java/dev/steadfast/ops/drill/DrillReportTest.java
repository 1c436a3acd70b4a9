package dev.steadfast.ops.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.parsers.DocumentBuilderFactory;

import dev.steadfast.ops.drill.RequestRecord.Kind;
import dev.steadfast.ops.drill.SessionLedger.Tally;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The report's three files from a made-up load: what they say, not how they look. */
class DrillReportTest {

    private static final Machine MACHINE = Machine.of(8, "MemTotal:       16318412 kB\nMemFree: 1 kB\n",
            "processor : 0\nmodel name\t: Some CPU @ 3.0GHz\n", "Linux 6.1", "17.0.15");

    @Test
    void theJsonParsesAndCarriesTheCountsPhasesMarksAndSeries(@TempDir Path dir) throws Exception {
        DrillReport report = report("kill", "apps-2 on host <secondary> & co");
        ModelNode json = ModelNode.fromJSONString(Files.readString(report.writeTo(dir, "kill").get(0)));
        assertEquals("kill", json.get("kind").asString());
        assertEquals(12, json.get("requests").asLong());
        assertEquals(2, json.get("failedWrites").asLong());
        assertEquals(1, json.get("failedReads").asLong());
        assertEquals(2, json.get("failures", "HTTP 504").asLong());
        assertEquals(1, json.get("failures", "timeout").asLong());
        assertEquals(7, json.get("acknowledgedWritesLost").asLong());
        assertEquals(1, json.get("sessionsReset").asLong());
        assertEquals(2, json.get("phantomWrites").asLong());
        assertEquals(3, json.get("answersMisdelivered").asLong());
        assertEquals(1, json.get("findings").asList().size(), "each loss in words, with its session and time");
        assertEquals(1500, json.get("phasesMillis", "timeToDetect").asLong());
        assertFalse(json.get("phasesMillis", "timeToRedundant").isDefined(), "absent: null");
        assertEquals(3, json.get("marks").asList().size());
        assertEquals(3_000, json.get("latencyMillis", "max").asLong());
        assertEquals(3, json.get("perSecond").asList().size());
        assertEquals(2, json.get("perSecond").get(2).get("errors").asInt());
        assertEquals(16318412L * 1024, json.get("machine", "memoryBytes").asLong());
        assertEquals("Some CPU @ 3.0GHz", json.get("machine", "cpuModel").asString());
        assertEquals("200ms", json.get("settings", "probe period").asString());
    }

    @Test
    void theSvgIsXmlWithAViewBoxAndOneDashedLinePerMark(@TempDir Path dir) throws Exception {
        Path svg = report("hang", "apps-2 on host <secondary> & co").writeTo(dir, "hang").get(2);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(Files.readAllBytes(svg)));
        assertEquals("svg", doc.getDocumentElement().getTagName());
        assertEquals("0 0 900 360", doc.getDocumentElement().getAttribute("viewBox"));
        NodeList lines = doc.getElementsByTagName("line");
        int marks = 0;
        for (int i = 0; i < lines.getLength(); i++) {
            marks += "mark".equals(((org.w3c.dom.Element) lines.item(i)).getAttribute("class")) ? 1 : 0;
        }
        assertEquals(3, marks);
        assertTrue(doc.getDocumentElement().getTextContent().contains("apps-2 on host <secondary> & co"));
    }

    @Test
    void theMarkdownHasTheResultRowsAndTheTimeline(@TempDir Path dir) throws Exception {
        String md = Files.readString(report("kill", "apps-2 on host secondary").writeTo(dir, "k").get(1));
        assertTrue(md.startsWith("# Drill kill: apps-2 on host secondary\n"));
        for (String row : List.of("| Requests | 12 |", "| Failed reads | 1 |", "| Failed writes | 2 |",
                "| Failures by status | HTTP 504: 2, timeout: 1 |", "| Acknowledged writes lost | 7 |",
                "| Sessions reset | 1 |", "| Phantom writes | 2 |", "| Answers misdelivered | 3 |", "| Time to detect | 1.5 s |", "| Time to live | 850 ms |",
                "| Time to redundant | n/a |", "| Latency max | 3.0 s |", "| probe period | 200ms |")) {
            assertTrue(md.contains(row + "\n"), row + " in\n" + md);
        }
        assertTrue(md.contains("![timeline](k.svg)"));
        assertTrue(md.contains("8 cores, 15.6 GiB memory, Some CPU @ 3.0GHz"));
    }

    @Test
    void theSummaryTableHasOneRowPerDrill() {
        String table = DrillReport.summaryTable(List.of(report("kill", "a|b"), report("db-outage", "postgres")));
        List<String> lines = table.lines().toList();
        assertEquals(4, lines.size());
        assertEquals("| kill | a\\|b | 12 | 3 | 7 | 1 | 1.5 s | 850 ms | n/a | 3.0 s |", lines.get(2));
        assertTrue(lines.get(3).startsWith("| db-outage | postgres |"));
    }

    @Test
    void latencyIsTakenByNearestRank() {
        long[] hundred = new long[100];
        for (int i = 0; i < 100; i++) {
            hundred[i] = 100 - i;
        }
        assertEquals(new Latency(50, 99, 100), Latency.of(hundred));
        assertEquals(new Latency(7, 7, 7), Latency.of(new long[] {7}));
        assertEquals(Latency.NONE, Latency.of(new long[0]));
    }

    @Test
    void aMachineWithoutProcFilesHasNoMemoryAndNoCpuModel() {
        Machine m = Machine.of(2, "", "", "Other", "17");
        assertEquals(0, m.memoryBytes());
        assertEquals(Optional.empty(), m.cpuModel());
    }

    /** 12 attempts over 3 s: 2 writes answered 504 and a read timed out in the third second. */
    private static DrillReport report(String kind, String target) {
        List<RequestRecord> records = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            records.add(new RequestRecord(1 + i % 3, i % 2 == 0 ? Kind.WRITE : Kind.READ, i * 200L, 10 + i, 200, null));
        }
        records.add(new RequestRecord(1, Kind.WRITE, 2_100, 40, 504, "HTTP 504"));
        records.add(new RequestRecord(2, Kind.WRITE, 2_200, 45, 504, "HTTP 504"));
        records.add(new RequestRecord(3, Kind.READ, 1_900, 3_000, 0, "timeout"));
        LoadSettings settings = new LoadSettings(URI.create("https://127.0.0.1:8443" + DrillApp.COUNTER_PATH), 3,
                Duration.ofMillis(100), Duration.ofSeconds(3));
        LoadResult load = LoadResult.of(settings, 2_900, records, List.of(), new Tally(5, 7, 1, 2, 3, List.of("session 1, 1.5 s: a read answered by apps-1: counted 3 before it, 5 had been acknowledged"), List.of()), 0);
        return new DrillReport(kind, target, load,
                List.of(new Mark("live", 2_350), new Mark("fault", 1_000), new Mark("detected", 2_500)),
                Map.of(DrillReport.TIME_TO_LIVE, Duration.ofMillis(850), DrillReport.TIME_TO_DETECT,
                        Duration.ofMillis(1_500)),
                Map.of("probe period", "200ms"), MACHINE);
    }
}
