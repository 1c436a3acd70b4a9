package dev.steadfast.ops.provision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.steadfast.ops.UserError;

/** The server configuration an archive carries: found, ordered, filled in, and refused when it reaches past its profile. */
class ArchiveScriptsTest {

    private static final String REALM = """
            # the realm
            if (outcome != success) of ${steadfast.profile}/subsystem=elytron/jdbc-realm=app-realm:read-resource
                ${steadfast.profile}/subsystem=elytron/jdbc-realm=app-realm:add(principal-query=[{sql="SELECT 1", data-source=SteadfastDS}])
            end-if
            """;

    @TempDir
    Path tmp;

    @Test
    void aWarsProfileScriptsAreAppliedInFileNameOrderToTheGivenProfile() throws IOException {
        Path war = archive("app.war", Map.of("WEB-INF/steadfast/profile/020-web-domain.cli",
                "${steadfast.profile}/subsystem=undertow/application-security-domain=app:add(security-domain=AppDomain)\n",
                "WEB-INF/steadfast/profile/010-realm.cli", "${steadfast.profile}/subsystem=elytron/jdbc-realm=r:read-resource\n",
                "WEB-INF/classes/META-INF/steadfast/profile/999-elsewhere.cli", "/host=primary:shutdown\n"));
        ArchiveScripts scripts = ArchiveScripts.of(war);
        assertEquals(List.of("010-realm.cli", "020-web-domain.cli"), scripts.names());
        String domain = scripts.render("/profile=steadfast-ha");
        assertTrue(domain.indexOf("/profile=steadfast-ha/subsystem=elytron") < domain.indexOf("/profile=steadfast-ha/subsystem=undertow"), domain);
        assertTrue(domain.startsWith("echo \"steadfast: app.war/010-realm.cli\"\n"), domain);
        assertTrue(scripts.render("").contains("\n/subsystem=undertow/application-security-domain=app:add("), "standalone: no prefix");
    }

    @Test
    void aJarCarriesThemInMetaInfAndAnArchiveWithoutAnyHasNone() throws IOException {
        assertEquals(List.of("010-realm.cli"), ArchiveScripts.of(archive("app.jar", Map.of("META-INF/steadfast/profile/010-realm.cli", REALM))).names());
        assertTrue(ArchiveScripts.of(archive("plain.war", Map.of("WEB-INF/web.xml", "<web-app/>"))).isEmpty());
    }

    @Test
    void guardsAndCommentsAroundProfileOperationsAreAccepted() throws IOException {
        assertEquals(1, ArchiveScripts.of(archive("app.war", Map.of("WEB-INF/steadfast/profile/010-realm.cli", REALM))).names().size());
        String regex = "${steadfast.profile}/subsystem=elytron/mapped-regex-realm-mapper=m:add(pattern=\"^.+@(ops)$\", realm-map={ops=R})\n";
        assertEquals(1, ArchiveScripts.of(archive("app.war", Map.of("WEB-INF/steadfast/profile/020-m.cli", regex))).names().size(),
                "a regex's $ is no expression");
        // The same with an else branch that is not an operation on the profile (echo-dmr): refused.
        String withEcho = REALM.replace("end-if", "else\n    echo-dmr ${steadfast.profile}/subsystem=elytron:read-resource\nend-if");
        assertThrows(UserError.class, () -> ArchiveScripts.of(archive("app.war", Map.of("WEB-INF/steadfast/profile/010-realm.cli", withEcho))));
    }

    @Test
    void anythingThatReachesPastTheProfilesSubsystemsIsRefusedBeforeALineRuns() throws IOException {
        for (String line : List.of("/host=primary:shutdown", "/profile=other/subsystem=elytron:read-resource",
                "${steadfast.profile}/subsystem=elytron/../../host=primary:shutdown", "${steadfast.profile}:remove",
                "${steadfast.profile}/core-service=management:read-resource", "deploy evil.war", "batch", "run-batch",
                "if (outcome != success) of /host=primary:read-resource", "set x=1", "shutdown --restart",
                // the CLI runs what follows the first balanced condition: here an operation on a host
                "if (outcome == success) of /host=primary/system-property=x:add(value=\") of ${steadfast.profile}/subsystem=x:read-resource\")",
                "if (result != \")\") of /host=primary:shutdown\") of ${steadfast.profile}/subsystem=x:read-resource",
                // output written to a file of the operator's, and a pipe
                "${steadfast.profile}/subsystem=elytron:read-resource > /root/.bashrc",
                "${steadfast.profile}/subsystem=elytron:read-resource | grep x",
                // an expression the CLI resolves from the operator's environment
                "${steadfast.profile}/subsystem=elytron/key-store=k:add(path=${env.HOME}/x)",
                "${steadfast.profile}/subsystem=elytron/key-store=$store:add(path=x)")) {
            Path war = archive("app.war", Map.of("WEB-INF/steadfast/profile/010-x.cli", line + "\n"));
            UserError refused = assertThrows(UserError.class, () -> ArchiveScripts.of(war), line);
            assertTrue(refused.getMessage().contains("010-x.cli line 1"), refused.getMessage());
        }
    }

    @Test
    void aCarriageReturnThatWouldEndACommentForTheCliIsRefused() throws IOException {
        Path war = archive("app.war", Map.of("WEB-INF/steadfast/profile/010-x.cli", "# a comment\r/host=primary:shutdown\n"));
        assertTrue(assertThrows(UserError.class, () -> ArchiveScripts.of(war)).getMessage().contains("control character"));
        Path tabs = archive("app.war", Map.of("WEB-INF/steadfast/profile/010-x.cli", "#\tindented with a tab\n"));
        assertEquals(1, ArchiveScripts.of(tabs).names().size(), "positive control: a tab is fine");
    }

    @Test
    void aScriptNamedOtherwiseThanNumberedWordsIsRefused() throws IOException {
        Path war = archive("app.war", Map.of("WEB-INF/steadfast/profile/realm.cli", "# nothing\n"));
        assertTrue(assertThrows(UserError.class, () -> ArchiveScripts.of(war)).getMessage().contains("NNN-words.cli"));
    }

    private Path archive(String name, Map<String, String> entries) throws IOException {
        Path file = Files.createTempDirectory(tmp, "a").resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : new LinkedHashMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
