package dev.steadfast.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The zero-install database: H2 in TCP server mode, from the jar WildFly ships, bound to the domain
 * controller's address and shared by every server. The database is created locally with the generated
 * password before the server starts, and the server refuses to create databases remotely.
 */
final class H2Server {

    static final int PORT = 9092;
    static final String USER = "steadfast";

    private final Installation installation;
    private final StateDir state;
    private final Secrets secrets;
    private final String address;

    H2Server(Installation installation, StateDir state, Secrets secrets, String address) {
        this.installation = installation;
        this.state = state;
        this.secrets = secrets;
        this.address = address;
    }

    /** LOCK_TIMEOUT: concurrent checkouts and audit appends wait on row locks for longer than H2's default 1 s. */
    static String url(String address) {
        return "jdbc:h2:tcp://" + address + ":" + PORT + "/steadfast;LOCK_TIMEOUT=10000";
    }

    Path pidFile() {
        return state.run().resolve("h2.pid");
    }

    void start() {
        Path dir = StateDir.privateDirectory(state.database());
        String jar = installation.h2Jar().toString();
        if (!Files.exists(dir.resolve("steadfast.mv.db"))) {
            Processes.runOrFail(List.of(Processes.javaBin("java").toString(), "-Xmx64m", "-cp", jar, "org.h2.tools.Shell",
                    "-url", "jdbc:h2:file:" + dir.resolve("steadfast"), "-user", USER, "-password", secrets.password("db"),
                    "-sql", "SELECT 1"), Map.of(), Duration.ofMinutes(1));
        }
        try {
            Path log = StateDir.privateDirectory(state.logs()).resolve("h2.log");
            Process p = new ProcessBuilder(Processes.javaBin("java").toString(), "-Xmx96m", "-XX:+UseSerialGC",
                    "-Dh2.bindAddress=" + address, "-cp", jar, "org.h2.tools.Server",
                    "-tcp", "-tcpPort", String.valueOf(PORT), "-baseDir", dir.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            StateDir.writePrivate(pidFile(), String.valueOf(p.pid()));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!listening()) {
                if (!p.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("The H2 server did not start; see " + log);
                }
                Thread.sleep(100);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private boolean listening() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(address, PORT), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
