package dev.steadfast.ops.system;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the tools WildFly and the JDK ship (jboss-cli, elytron-tool, keytool, H2's shell) and waits for them. The
 * output is read while the tool runs, on a thread of its own, so a tool that fills its pipe cannot block, and the
 * time-out is measured from the start: a tool still running then is killed with its children and named in the error.
 */
public final class Processes {

    /** How a finished tool ended: its exit code and everything it wrote to stdout and stderr. */
    public record Result(int exitCode, String output) {}

    private static final Duration OUTPUT_GRACE = Duration.ofSeconds(5);

    private Processes() {}

    public static Result run(List<String> command, Map<String, String> env, Duration timeout) {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().putAll(env);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name(command), e);
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> drain(p.getInputStream(), output), "output of " + name(command));
        reader.setDaemon(true);
        reader.start();
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                ProcessTree.kill(p.toHandle());
                throw new IllegalStateException(name(command) + " did not finish within " + timeout.toSeconds()
                        + " s and was killed; it printed:\n" + text(output));
            }
            // A grandchild that inherited the pipe may keep it open after the tool ended: wait for the rest of the
            // output a short while, never for ever.
            reader.join(OUTPUT_GRACE.toMillis());
            return new Result(p.exitValue(), text(output));
        } catch (InterruptedException e) {
            ProcessTree.kill(p.toHandle());
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + name(command), e);
        }
    }

    /** Runs a tool and returns its output; a non-zero exit is an exception that quotes the output. */
    public static String runOrFail(List<String> command, Map<String, String> env, Duration timeout) {
        Result r = run(command, env, timeout);
        if (r.exitCode() != 0) {
            throw new IllegalStateException(name(command) + " failed (exit " + r.exitCode() + "):\n" + r.output());
        }
        return r.output();
    }

    /** A tool of the JDK this command runs on (java, keytool). */
    public static Path javaBin(String tool) {
        return Path.of(System.getProperty("java.home"), "bin", tool);
    }

    private static void drain(InputStream in, ByteArrayOutputStream into) {
        byte[] buffer = new byte[8192];
        try (in) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                synchronized (into) {
                    into.write(buffer, 0, n);
                }
            }
        } catch (IOException e) {
            // The process ended or was killed while we read: what was read so far is its output.
        }
    }

    private static String text(ByteArrayOutputStream output) {
        synchronized (output) {
            return output.toString(StandardCharsets.UTF_8);
        }
    }

    private static String name(List<String> command) {
        return Path.of(command.get(0)).getFileName().toString();
    }
}
