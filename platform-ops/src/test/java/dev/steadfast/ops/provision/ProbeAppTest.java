package dev.steadfast.ops.provision;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * steadfast-probe.war runs on the io worker of its own that the domain's scripts define, so that the supervisor's
 * probe is answered when every application thread waits (cli-scripts/domain/097-probe-listener.cli).
 */
class ProbeAppTest {

    @TempDir
    Path tmp;

    @Test
    void theProbeNamesTheIoWorkerTheDomainScriptsDefine() throws IOException {
        try (ZipFile war = new ZipFile(ProbeApp.write(tmp).toFile())) {
            String jbossWeb = new String(war.getInputStream(war.getEntry("WEB-INF/jboss-web.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(jbossWeb.contains("<executor-name>" + ProbeApp.WORKER + "</executor-name>"), jbossWeb);
        }
        String scripts = CliScripts.render(Map.of(), "domain");
        assertTrue(scripts.contains("/profile=steadfast-ha/subsystem=io/worker=" + ProbeApp.WORKER + ":add("), "the worker is defined");
    }

    @Test
    void theProbeIsTheSameBytesEachTimeSoProvisioningAgainChangesNothing() throws IOException {
        Path first = ProbeApp.write(Files.createDirectory(tmp.resolve("first")));
        Path second = ProbeApp.write(Files.createDirectory(tmp.resolve("second")));
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }
}
