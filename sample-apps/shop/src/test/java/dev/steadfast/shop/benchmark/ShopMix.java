package dev.steadfast.shop.benchmark;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Optional;
import java.util.UUID;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import javax.net.ssl.KeyManagerFactory;

/**
 * The shop's mix, as Gatling runs it: visitors arrive at a constant rate (an open model: a slow shop cannot slow the
 * arrivals down and so hide its own latency). Each visit is seven requests in its own session, with its own
 * connection: the catalog, a product into the cart, the cart, a second product, the cart again, a checkout under an
 * Idempotency-Key of its own, and leaving ({@code DELETE /api/session}), so that finished visits hold no session on
 * small heaps. A visit whose request failed stops there and still leaves.
 * <p>
 * Set by system properties (see {@link LoadRun}, which starts it): {@code shop-mix.base} (the shop's address),
 * {@code shop-mix.rate} (visits per second), {@code shop-mix.seconds}, {@code shop-mix.servers-of} (when set, the
 * state directory of the domain whose servers' CPU time is measured), {@code shop-mix.tally} (where the answers' status
 * codes and that CPU time are written at the end), and for a worker reached directly, {@code shop-mix.key} and
 * {@code shop-mix.key-password-file} (the domain's client key). Gatling does not check the servers' certificate.
 */
public class ShopMix extends Simulation {

    public static final int REQUESTS_PER_VISIT = 7;
    private static final StatusTally TALLY = new StatusTally();
    private ServerCpu cpuBefore;

    {
        setUp(scenario("shop visit").exec(visit()).injectOpen(constantUsersPerSec(doubleProperty("shop-mix.rate"))
                .during(Long.parseLong(property("shop-mix.seconds"))))).protocols(protocol());
    }

    /** The servers' CPU time from here to {@link #after}: the visits and their drain, not Gatling's start or report. */
    @Override
    public void before() {
        servers().ifPresent(state -> cpuBefore = ServerCpu.of(state));
    }

    @Override
    public void after() {
        servers().ifPresent(state -> TALLY.serverCpu(ServerCpu.of(state).secondsSince(cpuBefore)));
        TALLY.writeTo(Path.of(property("shop-mix.tally")));
    }

    private static Optional<Path> servers() {
        return Optional.ofNullable(System.getProperty("shop-mix.servers-of")).map(Path::of);
    }

    private static ChainBuilder visit() {
        return exitBlockOnFail().on(
                        exec(session -> session.set("visit", UUID.randomUUID().toString()))
                        .exec(http("catalog").get("api/products").check(answered(200),
                                jsonPath("$[*].id").findRandom().saveAs("first"), jsonPath("$[*].id").findRandom().saveAs("second")))
                        .exec(http("add to cart").post("api/cart/items").body(StringBody("{\"productId\":#{first},\"quantity\":1}"))
                                .asJson().check(answered(200)))
                        .exec(http("cart").get("api/cart").check(answered(200)))
                        .exec(http("add to cart").post("api/cart/items").body(StringBody("{\"productId\":#{second},\"quantity\":1}"))
                                .asJson().check(answered(200)))
                        .exec(http("cart").get("api/cart").check(answered(200)))
                        .exec(http("checkout").post("api/orders").header("Idempotency-Key", "#{visit}").check(answered(201))))
                .exec(http("leave").delete("api/session").check(answered(204)));
    }

    /** Every answer's status tallied (and a Retry-After beside a 503), then the one expected checked. */
    private static CheckBuilder.Final answered(int expected) {
        return status().transform(code -> TALLY.answered(code)).is(expected);
    }

    /** Counted on 503s only: a 503 with it was shed by a worker, one without it found no server at the balancer. */
    private static CheckBuilder.Final retryAfter() {
        return header("Retry-After").find().transform(value -> TALLY.retryAfter(value)).optional();
    }

    /**
     * Browser-like: JSON accepted and {@code X-Requested-With}, which steadfast-runtime's cross-site guard asks of a
     * state-changing request without a JSON body; a connection per visit, as each visitor's browser has its own.
     */
    private static HttpProtocolBuilder protocol() {
        HttpProtocolBuilder protocol = http.baseUrl(property("shop-mix.base")).acceptHeader("application/json")
                .header("X-Requested-With", "fetch").disableWarmUp()
                .checkIf((response, session) -> response.status().code() == 503).then(retryAfter());
        String key = System.getProperty("shop-mix.key");
        if (key == null) {
            return protocol;
        }
        KeyManagerFactory keys = keyManagers(Path.of(key), Path.of(property("shop-mix.key-password-file")));
        return protocol.perUserKeyManagerFactory(visitor -> keys);
    }

    private static KeyManagerFactory keyManagers(Path keyStore, Path passwordFile) {
        try (InputStream in = Files.newInputStream(keyStore)) {
            char[] password = Files.readString(passwordFile).strip().toCharArray();
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(store, password);
            return factory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the client key " + keyStore, e);
        }
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name + " is not set");
        }
        return value;
    }

    private static double doubleProperty(String name) {
        return Double.parseDouble(property(name));
    }
}
