package dev.steadfast.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpTimeoutException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import dev.steadfast.ops.Versions;
import dev.steadfast.ops.container.Podman;
import dev.steadfast.ops.provision.ContainerSecrets;
import dev.steadfast.ops.provision.Secrets;
import dev.steadfast.ops.provision.StateDir;
import dev.steadfast.testing.SteadfastCommand;
import dev.steadfast.testing.TestClient;
import jakarta.json.JsonObject;

/**
 * The cloud shape, for real: the shop's image built by {@code steadfast image} (base image included, from scratch
 * when there is none: in every CI run, since .ci/run removes them first), two of its containers on a network of their
 * own, sharing one network alias and nothing else. They form one cluster through DNS_PING, a session lives on in the
 * survivor when the container that served it is killed, a pod of the Kubernetes StatefulSet's template played by
 * Podman joins the survivor, a server of the image uses the PostgreSQL database its container names, and none of the
 * secrets the image was configured with (the state's own, which the containers are then given) is in the image or in
 * a container's environment or command lines. One image and one set of servers for the whole class.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CloudShapeIT {

    private static final Path WORK = Path.of("target", "cloud-shape").toAbsolutePath();
    private static final Path INPUTS = Path.of(System.getProperty("steadfast.image.inputs", "target/image-inputs"));
    private static final long HONEY = 4;
    /** JGroups' line when a server joins an existing cluster: the view of the first server, now of two members. */
    private static final Pattern JOINED_THE_FIRST = Pattern.compile("joined cluster '\\w+' with view: \\[steadfast-it-1\\S*\\|\\d+\\] \\(2\\)");
    /** The same, for the pod joining the second server once the first was killed. */
    private static final Pattern JOINED_THE_SURVIVOR = Pattern.compile("joined cluster '\\w+' with view: \\[steadfast-it-2\\S*\\|\\d+\\] \\(2\\)");
    private static final int POD = 3;
    private static final int ON_POSTGRESQL = 4;
    /** The machine's PostgreSQL database, as bin/postgresql-setup exports it (.ci/run does). */
    private static final Optional<String> POSTGRESQL_URL = environment("STEADFAST_IT_JDBC_URL");
    private static final Optional<String> POSTGRESQL_USER = environment("STEADFAST_IT_DB_USER");
    private static final Optional<String> POSTGRESQL_PASSWORD_FILE = environment("STEADFAST_IT_DB_PASSWORD_FILE");

    private static Podman podman;
    private static Secrets secrets;
    private static Map<String, Path> files;
    private static String image;
    private static CloudServers servers;

    @BeforeAll
    static void buildTheImageAndStartTwoServers() {
        podman = new Podman(WORK.resolve("podman"));
        secrets = new Secrets(new StateDir(WORK.resolve("state")));
        List<String> addresses = List.of(CloudServers.address(1), CloudServers.address(2), CloudServers.address(POD), CloudServers.MACHINE_ADDRESS);
        // Built by the command users run. The database's password, when the machine has PostgreSQL (bin/postgresql-setup),
        // is the one every container gets: the servers on H2 in memory create their database with it, the one on
        // PostgreSQL signs in with it.
        List<String> command = new ArrayList<>(List.of("image", INPUTS.resolve("shop.war").toString()));
        addresses.forEach(address -> command.addAll(List.of("--address", address)));
        POSTGRESQL_PASSWORD_FILE.ifPresent(file -> command.addAll(List.of("--db-password-file", file)));
        String built = new SteadfastCommand(INPUTS.resolve("steadfast/steadfast-ops.jar"), INPUTS.resolve("wildfly-dist.zip"), WORK.resolve("state"))
                .run(command, false);
        image = "localhost/steadfast/shop:" + Versions.steadfast();
        assertTrue(built.contains("Built " + image), built);
        files = new ContainerSecrets(secrets).files(addresses);
        servers = new CloudServers(podman, image, "shop", files, secrets.directory());
        // One after the other, as a StatefulSet starts its pods: the second finds the first through DNS and joins it.
        servers.start(1);
        servers.start(2);
    }

    @AfterAll
    static void removeEverythingTheTestMade() {
        if (servers != null) {
            servers.close();
            assertEquals(List.of(), servers.leftovers(), "containers, networks or secrets left behind");
        }
    }

    @Test
    @Order(1)
    void twoContainersSharingANetworkAliasFormOneClusterThroughDnsPing() {
        String config = servers.exec(2, "cat", "/opt/wildfly/standalone/configuration/steadfast.xml");
        assertTrue(config.contains("org.jgroups.protocols.dns.DNS_PING") && !config.contains("TCPPING"),
                "the image discovers its members through DNS alone");
        assertTrue(JOINED_THE_FIRST.matcher(servers.log(2)).find(), "the second server joined the first one's view of two");
        TestClient visitor = servers.visitor(1);
        assertEquals(200, visitor.post("api/cart/items", "{\"productId\":" + HONEY + ",\"quantity\":2}").statusCode());
        JsonObject cart = TestClient.json(visitor.at(servers.base(2)).get("api/cart"));
        assertEquals(2, cart.getInt("items"), "the second server reads the session the first one wrote: " + cart);
    }

    /**
     * The database's checks (steadfast-runtime's datasource, the shop's catalog) are shared dependencies, which a pod's
     * readiness leaves out (cli-scripts/cloud/010); /health still runs them. ShopClusterIT checks the domain's side.
     */
    @Test
    @Order(2)
    void readinessLeavesTheSharedDatabaseOutWhileHealthStillChecksIt() {
        TestClient kubelet = servers.visitor(2);
        Map<String, String> ready = checks(kubelet.get("health/ready"));
        Map<String, String> all = checks(kubelet.get("health"));
        assertTrue(!ready.containsKey("datasource") && !ready.containsKey("catalog"), "readiness without the database: " + ready);
        assertEquals("UP", all.get("datasource"), "/health still checks the database: " + all);
        assertEquals("UP", all.get("catalog"), "/health still checks the catalog: " + all);
    }

    @Test
    @Order(3)
    void aSessionSurvivesTheKillOfTheContainerThatServedIt() {
        TestClient visitor = servers.visitor(1);
        for (int i = 0; i < 3; i++) {
            assertEquals(200, visitor.post("api/cart/items", "{\"productId\":" + HONEY + ",\"quantity\":1}").statusCode());
        }
        servers.kill(1);
        TestClient atTheSurvivor = visitor.at(servers.base(2));
        JsonObject cart = servers.withLogOnFailure(2, () -> askedAgainAfterATimeout(() -> TestClient.json(atTheSurvivor.get("api/cart"))));
        assertEquals(3, cart.getInt("items"), "every write of the killed server's session is in the survivor: " + cart);
    }

    /**
     * The answer, asked up to three times when one takes longer than the client waits (30 s), as a visitor reloads
     * a page: what the test proves is the session's content, not how soon it comes. In one run of four the survivor's
     * first answer right after the kill took longer (docker/README.md, "Open").
     */
    private static <T> T askedAgainAfterATimeout(Supplier<T> request) {
        for (int attempt = 1; ; attempt++) {
            try {
                return request.get();
            } catch (UncheckedIOException e) {
                if (!(e.getCause() instanceof HttpTimeoutException) || attempt == 3) {
                    throw e;
                }
                System.out.println("CloudShapeIT: no answer within 30 s from the survivor, attempt " + attempt + "; asking again");
            }
        }
    }

    /**
     * The StatefulSet's own pod template, run by {@code podman kube play} (PlayedPod says what Podman 4.3 makes the
     * test replace): it answers its three probes' paths over HTTPS, as kubelet asks them, joins the survivor's cluster
     * through the same DNS_PING, serves a session the survivor wrote, and publishes none of its ports on the machine.
     */
    @Test
    @Order(4)
    void aPodOfTheStatefulSetsTemplatePlayedByPodmanAnswersItsProbesAndJoinsTheCluster() {
        Path yaml = PlayedPod.write(CloudServers.name(POD), image, CloudServers.ALIAS, files, WORK.resolve("pod").resolve("secrets"),
                WORK.resolve("pod.yaml"));
        servers.play(POD, yaml);
        TestClient kubelet = servers.visitor(POD);
        for (String probe : List.of("health/started", "health/ready", "health/live")) {
            assertEquals(200, kubelet.get(probe).statusCode(), probe);
        }
        assertTrue(JOINED_THE_SURVIVOR.matcher(servers.log(POD)).find(), "the pod joined the survivor's view of two");
        TestClient visitor = servers.visitor(2);
        assertEquals(200, visitor.post("api/cart/items", "{\"productId\":" + HONEY + ",\"quantity\":2}").statusCode());
        JsonObject cart = servers.withLogOnFailure(POD, () -> TestClient.json(visitor.at(servers.base(POD)).get("api/cart")));
        assertEquals(2, cart.getInt("items"), "the pod reads the session the survivor wrote: " + cart);
        for (int port : List.of(8443, 7600, 57600)) {
            assertFalse(listening(port), "the pod's port " + port + " is published on the machine's loopback, so on all its addresses");
        }
    }

    /** Whether anything accepts a connection on the machine's 127.0.0.1 at {@code port}. */
    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    /**
     * The same image on the PostgreSQL database its container names when it starts (the machine's, listening on loopback
     * only, so this one server is on the machine's network): the datasource resolves to that URL, and its connection
     * and the shop's catalog, read from it, are up.
     */
    @Test
    @Order(5)
    void aServerOfTheImageUsesThePostgresqlDatabaseItsContainerNames() {
        assumeTrue(POSTGRESQL_URL.isPresent() && POSTGRESQL_USER.isPresent() && POSTGRESQL_PASSWORD_FILE.isPresent(),
                "no PostgreSQL database: eval \"$(bin/postgresql-setup)\" first");
        servers.startOnTheMachine(ON_POSTGRESQL, Map.of("STEADFAST_DB_URL", POSTGRESQL_URL.get(), "STEADFAST_DB_USER", POSTGRESQL_USER.get()));
        String url = servers.exec(ON_POSTGRESQL, "/opt/wildfly/bin/jboss-cli.sh", "--connect",
                "--command=/subsystem=datasources/data-source=SteadfastDS:read-attribute(name=connection-url,resolve-expressions=true)");
        assertTrue(url.contains("\"result\" => \"" + POSTGRESQL_URL.get() + "\""), "the datasource is the container's database: " + url);
        HttpResponse<String> health = servers.visitor(ON_POSTGRESQL).get("health");
        Map<String, String> checks = checks(health);
        assertEquals("UP", checks.get("datasource"), "the connection to PostgreSQL: " + health.body());
        assertEquals("UP", checks.get("catalog"), "the shop's catalog, read from PostgreSQL: " + health.body());
    }

    @Test
    @Order(6)
    void noGeneratedSecretIsInTheImageItsHistoryOrAContainersEnvironmentAndCommandLines() throws IOException {
        SecretScan scan = SecretScan.of(secrets.directory());
        Path saved = WORK.resolve("image.tar");
        Files.deleteIfExists(saved);
        podman.run("save", "--format", "docker-archive", "--output", saved.toString(), image);
        assertEquals(Set.of(), scan.inFile(saved), "secrets in the image's layers");
        assertEquals(Set.of(), scan.in(podman.run("history", "--no-trunc", image)), "secrets in the image's history");
        assertEquals(Set.of(), scan.in(podman.run("image", "inspect", image)), "secrets in the image's settings");
        assertEquals(Set.of(), scan.in(podman.run("container", "inspect", servers.container(2))), "secrets in the container's settings");
        assertEquals(Set.of(), scan.in(podman.run("container", "inspect", servers.container(POD))), "secrets in the pod's container's settings");
        String processes = servers.exec(2, "sh", "-c", "for p in /proc/[0-9]*; do tr '\\0' ' ' < $p/environ; tr '\\0' ' ' < $p/cmdline; echo; done");
        assertTrue(processes.contains("standalone.sh") || processes.contains("jboss-modules.jar"), "the scan read the server's processes");
        assertEquals(Set.of(), scan.in(processes), "secrets in the environment or command line of a process of the container");
        Files.delete(saved);
    }

    private static Optional<String> environment(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
    }

    /** Each check's name and status in a MicroProfile Health answer. */
    private static Map<String, String> checks(HttpResponse<String> health) {
        return TestClient.json(health).getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(c -> c.getString("name"), c -> c.getString("status")));
    }

    /** The positive control of the scan: the same image with one password copied into a layer is caught. */
    @Test
    @Order(7)
    void aPasswordCopiedIntoALayerIsFoundByTheSameScan() throws IOException {
        SecretScan scan = SecretScan.of(secrets.directory());
        Path context = Files.createDirectories(WORK.resolve("leaky"));
        Files.copy(secrets.directory().resolve("db.password"), context.resolve("leaked"), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(context.resolve("Containerfile"), "FROM " + image + "\nCOPY leaked /opt/leaked\n");
        String leaky = CloudServers.PREFIX + "-leaky";
        podman.run("build", "--pull=never", "--network=none", "--quiet", "-t", leaky, context.toString());
        Path saved = WORK.resolve("leaky.tar");
        try {
            podman.run("save", "--format", "docker-archive", "--output", saved.toString(), leaky);
            assertTrue(scan.inFile(saved).contains("db.password"), "the scan finds a password in a layer");
        } finally {
            Files.deleteIfExists(saved);
            podman.run("rmi", leaky);
        }
    }
}
