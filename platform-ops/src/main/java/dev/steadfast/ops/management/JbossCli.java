package dev.steadfast.ops.management;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.steadfast.ops.system.PrivateFiles;
import dev.steadfast.ops.system.Processes;

/**
 * Runs a CLI script with the {@code jboss-cli.sh} of an installation. The script is written 0600 into a private
 * run directory (it may hold encrypted secrets); the CLI answers in JSON ({@code --output-json}), one management
 * response per operation it executed, and those responses are what is counted.
 */
public record JbossCli(Path jbossHome, Path runDirectory) {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    /** What one run did: the operations that changed something (guards that found nothing to do run none), and its output. */
    public record Outcome(int changes, String output) {}

    public Outcome run(String script, String fileName, String javaOpts, List<String> extraArgs) {
        Path file = PrivateFiles.directory(runDirectory).resolve(fileName);
        PrivateFiles.write(file, script);
        List<String> cmd = new ArrayList<>(List.of(jbossHome.resolve("bin/jboss-cli.sh").toString(), "--output-json", "--file=" + file));
        cmd.addAll(extraArgs);
        Processes.Result r = Processes.run(cmd, Map.of("JAVA_OPTS", "-Xmx256m -XX:+UseSerialGC " + javaOpts,
                "JBOSS_HOME", jbossHome.toString()), TIMEOUT);
        if (r.exitCode() != 0) {
            throw new IllegalStateException("Applying " + file + " failed:\n" + r.output());
        }
        CliResponses responses;
        try {
            responses = CliResponses.parse(r.output());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("JBoss CLI printed a response that is not JSON (" + e.getMessage() + "):\n" + r.output(), e);
        }
        if (responses.failed() > 0) {
            throw new IllegalStateException("Applying " + file + " failed:\n" + r.output());
        }
        return new Outcome(responses.succeeded(), r.output());
    }
}
