package dev.steadfast.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the tools WildFly and the JDK ship (jboss-cli, elytron-tool, add-user, keytool) and waits for them. */
final class Processes {

    record Result(int exitCode, String output) {}

    private Processes() {}

    static Result run(List<String> command, Map<String, String> env, Path workDir, Duration timeout) {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        if (workDir != null) {
            pb.directory(workDir.toFile());
        }
        pb.environment().putAll(env);
        try {
            Process p = pb.start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command.subList(0, 1)) + " did not finish within " + timeout);
            }
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String runOrFail(List<String> command, Map<String, String> env, Duration timeout) {
        Result r = run(command, env, null, timeout);
        if (r.exitCode() != 0) {
            throw new IllegalStateException(command.get(0) + " failed (exit " + r.exitCode() + "):\n" + r.output());
        }
        return r.output();
    }

    static Path javaBin(String tool) {
        return Path.of(System.getProperty("java.home"), "bin", tool);
    }

    /** The process and all its descendants, children first, so that a stop reaches every JVM of a host. */
    static List<ProcessHandle> tree(long pid) {
        List<ProcessHandle> all = new ArrayList<>();
        ProcessHandle.of(pid).ifPresent(root -> {
            root.descendants().forEach(all::add);
            all.add(root);
        });
        return all;
    }

    static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
