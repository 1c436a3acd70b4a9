package dev.steadfast.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

/**
 * Bad input to bin/steadfast: one plain sentence on stderr, exit code 2, nothing printed on stdout, no stack
 * trace, and nothing started or left behind.
 */
class CommandLineIT {

    private final SteadfastCommand steadfast = new SteadfastCommand(TestState.directory("command-line"));

    @Test
    void unknownCommandIsOnePlainSentence() {
        assertRefused("Unknown command 'frobnicate'; the commands are up, status, deploy, provision, apply and down.", "frobnicate");
    }

    @Test
    void unknownTopologyIsRefused() {
        SteadfastCommand.Result r = refused("up", "--topology", "nowhere");
        assertTrue(r.stderr().startsWith("Unknown topology 'nowhere'"), r.stderr());
    }

    @Test
    void unknownOptionIsRefused() {
        assertRefused("Unknown option --colour for 'status'.", "status", "--colour", "red");
    }

    @Test
    void downWithNothingRunningIsRefused() {
        assertRefused("Nothing to stop: steadfast is not up.", "down");
    }

    @Test
    void statusWithNothingRunningIsRefused() {
        assertRefused("Steadfast is not up; start it with 'steadfast up'.", "status");
    }

    @Test
    void deployOfAMissingArchiveIsRefused() {
        SteadfastCommand.Result r = refused("deploy", "/nonexistent/shop.war", "--group", "steadfast-apps");
        assertEquals("No such file: /nonexistent/shop.war.", r.stderr().strip());
    }

    @Test
    void deployWithoutAGroupIsRefused() {
        assertRefused("Usage: steadfast deploy <archive> --group GROUP.", "deploy", "shop.war");
    }

    @Test
    void postgresqlWithoutAnUrlIsRefused() {
        assertRefused("--db postgresql needs --jdbc-url jdbc:postgresql://HOST:PORT/DATABASE.", "up", "--db", "postgresql");
    }

    @Test
    void upWithAPortAlreadyTakenStartsNothing() throws IOException {
        try (ServerSocket squatter = new ServerSocket()) {
            squatter.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.11"), 8443));
            SteadfastCommand.Result r = refused("up");
            assertEquals("Port 127.0.0.11:8443 is already in use, so topology local cannot start; stop whatever holds it or use another topology.",
                    r.stderr().strip());
        }
        assertFalse(Files.exists(steadfast.state().resolve("run/steadfast.properties")), "no running state may be left");
        assertEquals(0, ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains(steadfast.state().toString())).count());
    }

    private void assertRefused(String sentence, String... args) {
        assertEquals(sentence, refused(args).stderr().strip());
    }

    private SteadfastCommand.Result refused(String... args) {
        SteadfastCommand.Result r = steadfast.run(args);
        assertEquals(2, r.exitCode(), "exit code of steadfast " + String.join(" ", args));
        assertEquals("", r.stdout(), "nothing on stdout");
        assertEquals(1, r.stderr().strip().lines().count(), "exactly one line on stderr: " + r.stderr());
        assertFalse(r.stderr().contains("Exception") || r.stderr().contains("\tat "), "no stack trace: " + r.stderr());
        return r;
    }
}
