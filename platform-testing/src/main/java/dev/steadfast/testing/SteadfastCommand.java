package dev.steadfast.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The steadfast command as a test runs it: {@code java -jar steadfast-ops.jar} with the WildFly distribution and a
 * state directory of the build's own, output and errors kept as files in that directory. Public for tools that drive
 * a domain of their own outside JUnit (the shop's benchmark); tests use {@link SteadfastDomain}.
 */
public record SteadfastCommand(Path jar, Path distribution, Path state) {

    static SteadfastCommand fromSystemProperties() {
        return new SteadfastCommand(path("steadfast.command"), path("steadfast.wildfly.distribution"), path("steadfast.cluster.state"));
    }

    /** Runs the command and returns its output. Any exit but 0 fails, and a refusal (exit 2) too unless said. */
    public String run(List<String> args, boolean refusalIsFine) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx96m", "-XX:+UseSerialGC",
                "-Dsteadfast.wildfly.distribution=" + distribution, "-jar", jar.toString()));
        command.addAll(args);
        try {
            Path log = Files.createDirectories(state).resolve("steadfast-" + args.get(0) + ".log");
            Path errors = log.resolveSibling("steadfast-" + args.get(0) + ".err");
            ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(log.toFile()).redirectError(errors.toFile());
            pb.environment().put("STEADFAST_STATE", state.toString());
            Process p = pb.start();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("steadfast " + String.join(" ", args) + " did not finish in 10 minutes");
            }
            String output = Files.readString(log);
            if (p.exitValue() != 0 && !(p.exitValue() == 2 && refusalIsFine)) {
                throw new AssertionError("steadfast " + String.join(" ", args) + " failed:\n" + output + Files.readString(errors));
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path path(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property
                    + " is not set: cluster tests run with -Pcluster of steadfast-app-parent, which sets it.");
        }
        return Path.of(value).toAbsolutePath().normalize();
    }
}
