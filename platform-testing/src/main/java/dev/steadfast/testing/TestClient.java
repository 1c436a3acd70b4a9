package dev.steadfast.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.InetAddress;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * A browser-like HTTPS client: it trusts exactly the certificate Steadfast generated (the test server's, or a
 * domain's), keeps cookies like a browser, so one client is one session, and never follows redirects, so tests
 * see them. Asked for a client certificate (a domain's workers ask; the balancer and a test server do not), it
 * shows the domain's key pair, as an operator's tool holding the secrets would; {@link #stranger} shows none.
 * It speaks HTTP/1.1: over HTTP/2, Java 17's client now and then left a request's body unsent for 30 s on a
 * connection that had carried many refused requests (platform-testing/README.md).
 */
public final class TestClient {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpClient http;
    private final CookieManager cookies = new CookieManager();
    private final URI base;
    private final Path secrets;
    private final String authorization;
    private final boolean holdsTheKey;

    /** A client of the test server, at the HTTPS address of a deployment Arquillian reports over plain HTTP. */
    public TestClient(URL deployment) {
        this(URI.create("https://" + deployment.getHost() + ":" + TestServer.HTTPS_PORT + deployment.getPath()),
                TestServer.secrets(), null, true);
    }

    /** A client of another server, trusting the certificate in the given Steadfast secrets directory. */
    public TestClient(URI base, Path secrets) {
        this(base, secrets, null, true);
    }

    private TestClient(URI base, Path secrets, String authorization, boolean holdsTheKey) {
        this.base = base;
        this.secrets = secrets;
        this.authorization = authorization;
        this.holdsTheKey = holdsTheKey;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(tls(secrets, holdsTheKey))
                .cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /**
     * A TLS connection to {@code server} from another local address ({@code 127.0.0.99}, say): a client elsewhere,
     * which Java's HTTP client (it cannot choose its source address) cannot play. It trusts the certificate in
     * {@code secrets} and shows no key. The caller writes the HTTP request and closes the socket.
     */
    public static SSLSocket socketFrom(String localAddress, URI server, Path secrets) throws IOException {
        return socketFrom(localAddress, server, secrets, false);
    }

    /** The same, showing the domain's key pair when asked for a client certificate if {@code holdsTheKey}. */
    public static SSLSocket socketFrom(String localAddress, URI server, Path secrets, boolean holdsTheKey) throws IOException {
        int port = server.getPort() == -1 ? 443 : server.getPort();
        SSLSocket socket = (SSLSocket) tls(secrets, holdsTheKey).getSocketFactory()
                .createSocket(server.getHost(), port, InetAddress.getByName(localAddress), 0);
        socket.setSoTimeout(30_000);
        socket.startHandshake();
        return socket;
    }

    /**
     * A client that trusts the server's certificate but holds no key of the domain: anyone on the network. A
     * domain's worker refuses its TLS handshake; the balancer serves it.
     */
    public static TestClient stranger(URI base, Path secrets) {
        return new TestClient(base, secrets, null, false);
    }

    /** The same server, signed in with HTTP Basic as an application user of the test server (--app-user). */
    public TestClient signedInAs(String user) {
        return signedInAs(user, TestServer.applicationUserPassword(user));
    }

    /** The same server, signed in with HTTP Basic (over TLS) as the given user. */
    public TestClient signedInAs(String user, String password) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new TestClient(base, secrets, "Basic " + credentials, holdsTheKey);
    }

    /**
     * Signs this client's session in with a FORM login ({@code j_security_check} of the deployment, as a browser
     * posts the sign-in page's form): the answer is the container's redirect on success (302), its error page on a
     * refusal. The session cookie then carries the identity.
     */
    public HttpResponse<String> formSignIn(String user, String password) {
        return send(formSignInRequest(user, password));
    }

    /**
     * A new session at the base, signed in with the name and password through the FORM mechanism; fails the test
     * unless the sign-in is accepted (302 to the page it guards).
     */
    public static TestClient signedInByForm(URI base, Path secrets, String user, String password) {
        TestClient client = new TestClient(base, secrets);
        HttpResponse<String> signedIn = client.formSignIn(user, password);
        if (signedIn.statusCode() != 302) {
            throw new AssertionError("Sign-in of " + user + " refused: " + signedIn.statusCode() + " " + signedIn.body());
        }
        return client;
    }

    /** A fresh random password for an account a test opens (18 random bytes, URL-safe Base64): never a constant. */
    public static String randomPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** That sign-in request, for a test to add what a browser or an attack adds ({@code Sec-Fetch-Site}, say). */
    public HttpRequest.Builder formSignInRequest(String user, String password) {
        String form = "j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&j_password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return bareRequest("j_security_check").POST(HttpRequest.BodyPublishers.ofString(form))
                .header("Content-Type", "application/x-www-form-urlencoded");
    }

    public URI base() {
        return base;
    }

    /**
     * The same visitor at another server of its cluster, with the cookies it has here (its session's): what a
     * balancer does when it sends a session elsewhere, for tests that reach the servers without one.
     */
    public TestClient at(URI otherBase) {
        TestClient other = new TestClient(otherBase, secrets, authorization, holdsTheKey);
        for (HttpCookie cookie : cookies.getCookieStore().get(base)) {
            other.cookies.getCookieStore().add(otherBase, (HttpCookie) cookie.clone());
        }
        return other;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> post(String path, String json) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json"));
    }

    public HttpResponse<String> put(String path, String json) {
        return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json"));
    }

    public HttpResponse<String> put(String path, String json, String ifMatch) {
        return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json").header("If-Match", ifMatch));
    }

    /** A JSON object answer, parsed. */
    public static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    /** A JSON array answer, parsed. */
    public static JsonArray jsonArray(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A request as a page's own script sends it: JSON accepted, and {@code X-Requested-With}, which the
     * cross-site request guard of steadfast-runtime asks of a state-changing request without a JSON body.
     */
    public HttpRequest.Builder request(String path) {
        return bareRequest(path).header("Accept", "application/json").header("X-Requested-With", "fetch");
    }

    /**
     * A request as another site can make a browser send it to this server: with this client's cookies and
     * credentials, and nothing of the page's own. Add what the attack adds (a form body, an Origin).
     */
    public HttpRequest.Builder bareRequest(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    private static SSLContext tls(Path secrets, boolean holdsTheKey) {
        try {
            char[] password = TestServer.read(secrets.resolve("tls.password")).toCharArray();
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(load(secrets.resolve("steadfast-trust.p12"), password));
            KeyManagerFactory kmf = null;
            if (holdsTheKey) {
                kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                kmf.init(load(secrets.resolve("steadfast-tls.p12"), password), password);
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyStore load(Path file, char[] password) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        }
    }
}
