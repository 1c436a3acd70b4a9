package dev.steadfast.ops.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs bin/steadfast as a user would, with the test's own state directory, and captures what it prints. */
public final class SteadfastCommand {

    public record Result(int exitCode, String stdout, String stderr) {}

    public static final Path ROOT = Path.of(System.getProperty("steadfast.root", "..")).toAbsolutePath().normalize();

    private final Path state;

    public SteadfastCommand(Path state) {
        this.state = state;
    }

    public Path state() {
        return state;
    }

    public Result run(String... args) {
        List<String> cmd = new ArrayList<>(List.of(ROOT.resolve("bin/steadfast").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().putAll(Map.of("STEADFAST_STATE", state.toString()));
        try {
            Path out = java.nio.file.Files.createTempFile("steadfast-out", ".txt");
            Path err = java.nio.file.Files.createTempFile("steadfast-err", ".txt");
            Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("steadfast " + String.join(" ", args) + " did not finish in 10 minutes");
            }
            Result r = new Result(p.exitValue(), java.nio.file.Files.readString(out, StandardCharsets.UTF_8),
                    java.nio.file.Files.readString(err, StandardCharsets.UTF_8));
            System.out.println("$ steadfast " + String.join(" ", args) + " -> " + r.exitCode() + "\n" + r.stdout() + r.stderr());
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
