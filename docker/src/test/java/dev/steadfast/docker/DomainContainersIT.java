package dev.steadfast.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import dev.steadfast.ops.container.DomainImage;
import dev.steadfast.ops.container.Podman;
import dev.steadfast.ops.system.FileTrees;
import dev.steadfast.testing.SteadfastCommand;
import dev.steadfast.testing.TestClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/**
 * The local topology's domain in containers, for real: {@code steadfast up --containers} from a state of the test's
 * own, each host controller with its servers in a container of the domain's image (built by the command, on the base
 * image), the shop deployed with {@code steadfast deploy}. {@code status} and the kill drill work against it as they
 * do without containers, none of the state's secrets is in the image or a container's settings, environment or
 * command lines (the scan's positive control is {@link CloudShapeIT}'s), a session lives on when the container holding
 * it is killed, and {@code down} leaves no container, secret, network or volume. One domain for the whole class.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DomainContainersIT {

    private static final Path WORK = Path.of("target", "domain-containers").toAbsolutePath();
    private static final Path STATE = WORK.resolve("state");
    private static final Path INPUTS = Path.of(System.getProperty("steadfast.image.inputs", "target/image-inputs")).toAbsolutePath();
    private static final String GROUP = "steadfast-apps";
    private static final String VICTIM = "apps-2";
    private static final long HONEY = 4;

    private static Podman podman;
    private static SteadfastCommand steadfast;
    private static Set<String> before;
    private static JsonObject status;

    @BeforeAll
    static void bringTheDomainUpInContainersWithTheShop() {
        podman = new Podman(WORK.resolve("podman"));
        steadfast = new SteadfastCommand(INPUTS.resolve("steadfast/steadfast-ops.jar"), INPUTS.resolve("wildfly-dist.zip"), STATE);
        steadfast.run(List.of("down"), true);
        before = inventory();
        steadfast.run(List.of("up", "--containers"), false);
        steadfast.run(List.of("deploy", INPUTS.resolve("shop.war").toString(), "--group", GROUP), false);
        status = status();
    }

    @AfterAll
    static void bringItDownEvenOnFailure() {
        if (steadfast != null) {
            steadfast.run(List.of("down"), true);
        }
    }

    @Test
    @Order(1)
    void everyHostRunsWithItsServersInAContainerOfItsOwnAndTheDomainIsReady() {
        assertTrue(status.getBoolean("ready"), "status says the domain is ready: " + status.get("notReady"));
        assertEquals(List.of("steadfast-primary", "steadfast-secondary"), containers(), "one container per host, of this state");
        for (JsonObject server : status.getJsonArray("servers").getValuesAs(JsonObject.class)) {
            long init = Long.parseLong(podman.run("container", "inspect", "--format", "{{.State.Pid}}", "steadfast-" + server.getString("host")));
            ProcessHandle jvm = serverProcess(server.getString("server"));
            assertTrue(Stream.iterate(jvm.parent(), p -> p.isPresent(), p -> p.get().parent()).anyMatch(p -> p.get().pid() == init),
                    "server " + server.getString("server") + " runs under its host's container");
        }
    }

    /** As the drills of the domain without containers: a write in flight on the killed server may fail, never a read. */
    @Test
    @Order(2)
    void theKillDrillFailsNoReadLosesNoAcknowledgedWriteAndResetsNoSession() throws IOException {
        Path reports = WORK.resolve("drills");
        FileTrees.delete(reports);
        String output = steadfast.run(List.of("drill", "kill", "--server", VICTIM, "--report", reports.toString()), false);
        Path json;
        try (Stream<Path> files = Files.list(reports)) {
            json = files.filter(f -> f.getFileName().toString().matches("kill-.*\\.json")).findFirst().orElseThrow();
        }
        JsonObject report;
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(json))) {
            report = reader.readObject();
        }
        assertTrue(report.getJsonNumber("acknowledgedWrites").longValue() > 0, "the sessions wrote: " + output);
        for (String count : List.of("failedReads", "acknowledgedWritesLost", "sessionsReset", "phantomWrites", "answersMisdelivered")) {
            assertEquals(0, report.getJsonNumber(count).longValue(), count + ": " + output);
        }
        assertTrue(output.contains("Drill kill passed"), output);
    }

    @Test
    @Order(3)
    void noGeneratedSecretIsInTheImageOrAContainersSettingsEnvironmentAndCommandLines() throws IOException {
        SecretScan scan = SecretScan.of(STATE.resolve("secrets"));
        Path saved = WORK.resolve("image.tar");
        Files.deleteIfExists(saved);
        try {
            podman.run("save", "--format", "docker-archive", "--output", saved.toString(), DomainImage.IMAGE);
            assertEquals(Set.of(), scan.inFile(saved), "secrets in the image's layers");
        } finally {
            Files.deleteIfExists(saved);
        }
        assertEquals(Set.of(), scan.in(podman.run("history", "--no-trunc", DomainImage.IMAGE)), "secrets in the image's history");
        assertEquals(Set.of(), scan.in(podman.run("image", "inspect", DomainImage.IMAGE)), "secrets in the image's settings");
        for (String container : containers()) {
            assertEquals(Set.of(), scan.in(podman.run("container", "inspect", container)), "secrets in the settings of " + container);
            String processes = podman.run("exec", container, "sh", "-c",
                    "for p in /proc/[0-9]*; do tr '\\0' ' ' < $p/environ; tr '\\0' ' ' < $p/cmdline; echo; done");
            assertTrue(processes.contains("[Host Controller]") && processes.contains("STEADFAST_HOST="),
                    "the scan read the command lines and environments of " + container);
            assertEquals(Set.of(), scan.in(processes), "secrets in the environment or command line of a process of " + container);
        }
    }

    /** Also after {@code apply}, which copies the key stores to hosts that are not in containers. */
    @Test
    @Order(4)
    void theKeyStoresReachAContainerAsSecretsAndNotThroughTheStatesHostDirectory() throws IOException {
        steadfast.run(List.of("apply"), false);
        Path onTheHost = STATE.resolve("hosts/secondary/configuration/steadfast-tls.p12");
        assertEquals(0, Files.size(onTheHost), "the host directory holds only the secret's empty mount point");
        String inside = podman.run("exec", "steadfast-secondary", "stat", "--format", "%s %a", onTheHost.toString());
        assertEquals(Files.size(STATE.resolve("secrets/steadfast-tls.p12")) + " 400", inside, "the container reads the key store, read-only");
    }

    @Test
    @Order(5)
    void aSessionSurvivesTheKillOfTheContainerHoldingIt() {
        String host = serverStatus(VICTIM).getString("host");
        TestClient visitor = new TestClient(URI.create(status.getString("balancer") + "/shop/"), STATE.resolve("secrets"));
        // The balancer sends a request to the worker its session cookie names (mod_cluster's route suffix), as it
        // would a visitor's who started there: the session is made on the victim.
        HttpResponse<String> first = visitor.send(visitor.request("api/cart/items").header("Cookie", "JSESSIONID=steer." + VICTIM)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(item())));
        assertEquals(200, first.statusCode(), first.body());
        assertTrue(first.headers().allValues("set-cookie").stream().anyMatch(c -> c.matches("JSESSIONID=[^;]+\\." + VICTIM + ";.*")),
                "the session was made on " + VICTIM + ": " + first.headers().allValues("set-cookie"));
        for (int i = 0; i < 2; i++) {
            assertEquals(200, visitor.post("api/cart/items", item()).statusCode());
        }
        podman.run("kill", "steadfast-" + host);
        JsonObject cart = TestClient.json(visitor.get("api/cart"));
        assertEquals(3, cart.getInt("items"), "every write of the session is served by the survivor: " + cart);
        await(() -> !serverStatus(status(), VICTIM).getBoolean("live"), "status says " + VICTIM + " is not live once its host's container is gone");
        await(() -> containers().equals(List.of("steadfast-primary")), "the killed container is removed, as --rm asks");
    }

    @Test
    @Order(6)
    void downLeavesNoContainerSecretNetworkOrVolume() throws IOException {
        steadfast.run(List.of("down"), false);
        assertEquals(before, inventory(), "what Podman holds is what it held before up");
        try (Stream<Path> files = Files.walk(STATE.resolve("hosts"))) {
            assertEquals(List.of(), files.filter(f -> f.toString().endsWith(".p12") || f.toString().endsWith(".cs")).toList(),
                    "no key store copy nor empty mount point is left in the hosts' directories");
        }
    }

    private static String item() {
        return "{\"productId\":" + HONEY + ",\"quantity\":1}";
    }

    /** This state's containers, by name. */
    private static List<String> containers() {
        return podman.run("ps", "--all", "--filter", "label=org.steadfast.state=" + STATE, "--format", "{{.Names}}")
                .lines().filter(l -> !l.isBlank()).sorted().toList();
    }

    /** Every container, secret, network and volume Podman holds, by kind and name. */
    private static Set<String> inventory() {
        Set<String> all = new TreeSet<>();
        podman.run("ps", "--all", "--format", "{{.Names}}").lines().forEach(n -> all.add("container " + n));
        podman.run("secret", "ls", "--format", "{{.Name}}").lines().forEach(n -> all.add("secret " + n));
        podman.run("network", "ls", "--format", "{{.Name}}").lines().forEach(n -> all.add("network " + n));
        podman.run("volume", "ls", "--format", "{{.Name}}").lines().forEach(n -> all.add("volume " + n));
        all.removeIf(String::isBlank);
        return all;
    }

    private static JsonObject status() {
        try (JsonReader reader = Json.createReader(new StringReader(steadfast.run(List.of("status", "--json"), false)))) {
            return reader.readObject();
        }
    }

    private static JsonObject serverStatus(String server) {
        return serverStatus(status, server);
    }

    private static JsonObject serverStatus(JsonObject report, String server) {
        return report.getJsonArray("servers").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("server").equals(server)).findFirst().orElseThrow();
    }

    /** Waits up to a minute for the condition, asked once a second. */
    private static void await(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(what + ": not after a minute");
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The JVM of a server of this state, found by its name and the state's path in its command line. */
    private static ProcessHandle serverProcess(String server) {
        List<ProcessHandle> found = new ArrayList<>(ProcessHandle.allProcesses().filter(p -> {
            String cmd = p.info().commandLine().orElse("");
            return cmd.contains("[Server:" + server + "]") && cmd.contains(STATE.toString());
        }).toList());
        assertEquals(1, found.size(), "one process of server " + server);
        return found.get(0);
    }
}
