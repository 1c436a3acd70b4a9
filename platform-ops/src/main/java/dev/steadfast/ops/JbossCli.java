package dev.steadfast.ops;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs a CLI script, written 0600 into a private run directory, with the {@code jboss-cli.sh} of an installation. */
record JbossCli(Installation installation, Path runDirectory) {

    /** What one run did: the number of operations that changed something (each prints one result block; guards print nothing). */
    record Outcome(int changes, String output) {}

    Outcome run(String script, String fileName, String javaOpts, List<String> extraArgs) {
        Path file = StateDir.privateDirectory(runDirectory).resolve(fileName);
        StateDir.writePrivate(file, script);
        List<String> cmd = new ArrayList<>(List.of(installation.bin("jboss-cli.sh").toString(), "--file=" + file));
        cmd.addAll(extraArgs);
        Processes.Result r = Processes.run(cmd, Map.of("JAVA_OPTS", "-Xmx256m -XX:+UseSerialGC " + javaOpts,
                "JBOSS_HOME", installation.home().toString()), null, Duration.ofMinutes(5));
        if (r.exitCode() != 0) {
            throw new IllegalStateException("Applying " + file + " failed:\n" + r.output());
        }
        int changes = (int) r.output().lines().filter("{"::equals).count();
        return new Outcome(changes, r.output());
    }
}
