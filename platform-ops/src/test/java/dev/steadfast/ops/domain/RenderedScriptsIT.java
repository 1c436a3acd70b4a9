package dev.steadfast.ops.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.Test;

import dev.steadfast.ops.command.SteadfastCommand;
import dev.steadfast.ops.command.TestState;
import dev.steadfast.ops.health.HttpsProbe;
import dev.steadfast.ops.management.Management;
import dev.steadfast.ops.provision.Secrets;
import dev.steadfast.ops.provision.StateDir;
import dev.steadfast.ops.system.FileTrees;
import dev.steadfast.ops.system.ProcessTree;
import dev.steadfast.ops.system.Processes;
import dev.steadfast.ops.topology.Topology;

/**
 * {@code steadfast render} as a user of their own domain would use it: the local topology rendered, each host's
 * script applied with the distribution's own jboss-cli.sh to a base directory copied from the distribution's stock
 * domain/ folder, and both hosts started with the distribution's own domain.sh. Nothing of bin/steadfast runs but
 * render. The domain boots with the curated profiles and groups and is ready as {@code up} would have it: both
 * workers in one complete view and registered at the balancer. The domain is always stopped.
 */
class RenderedScriptsIT {

    private final SteadfastCommand steadfast = new SteadfastCommand(TestState.directory("rendered"));

    @Test
    void renderedScriptsAppliedWithStockJbossCliGiveADomainThatFormsItsCluster() throws Exception {
        Path work = steadfast.state();
        FileTrees.delete(work);
        Path out = work.resolve("rendered");
        List<String> render = new ArrayList<>(List.of("render", "--output", out.toString()));
        if (TestState.postgresqlGiven()) {
            render.addAll(TestState.postgresqlOptions());
        }
        SteadfastCommand.Result rendered = steadfast.run(render.toArray(String[]::new));
        assertEquals(0, rendered.exitCode(), rendered.stderr());

        FileTrees.unzip(SteadfastCommand.ROOT.resolve("platform-ops/target/wildfly/wildfly-dist.zip"), work.resolve("dist"));
        Path wildfly;
        try (Stream<Path> top = Files.list(work.resolve("dist"))) {
            wildfly = top.findFirst().orElseThrow();
        }
        List<ProcessHandle> hosts = new ArrayList<>();
        try {
            for (String host : List.of("primary", "secondary")) {
                Path base = work.resolve("hosts").resolve(host);
                FileTrees.copy(wildfly.resolve("domain"), base);
                FileTrees.copy(out.resolve("hosts").resolve(host).resolve("configuration"), base.resolve("configuration"));
                Processes.runOrFail(List.of(wildfly.resolve("bin/jboss-cli.sh").toString(), "--file=" + out.resolve(host + ".cli")),
                        Map.of("JAVA_OPTS", "-Xmx256m -Djboss.domain.base.dir=" + base + " -Djboss.host.name=" + host,
                                "JBOSS_HOME", wildfly.toString()), Duration.ofMinutes(5));
            }
            for (String host : List.of("primary", "secondary")) {
                hosts.add(start(wildfly, work, host));
            }
            try (Management m = Management.connect("127.0.0.11", 9993, out.resolve("secrets/steadfast-trust.p12"),
                    read(out.resolve("secrets/tls.password")), Secrets.ADMIN_USER, read(out.resolve("secrets/admin.password")))) {
                // Ready as up decides it: hosts, servers, one complete view on both workers, both at the balancer.
                HttpsProbe probe = new HttpsProbe(new Secrets(new StateDir(out)).clientTls(), DomainView.READ_TIMEOUT);
                new ReadinessWait(m, Topology.load("local"), probe, System.out)
                        .await(System.nanoTime(), work.toString());
                assertEquals(List.of("steadfast-apps", "steadfast-apps-twin", "steadfast-balancer"), m.childrenNames(new ModelNode().setEmptyList(), "server-group")
                        .stream().sorted().toList());
                assertTrue(m.childrenNames(new ModelNode().setEmptyList(), "profile").containsAll(List.of("steadfast-ha", "steadfast-balancer")));
                for (String host : List.of("secondary", "primary")) {
                    m.executeRaw(Management.op("shutdown", Management.address("host", host)));
                }
            }
        } finally {
            hosts.forEach(ProcessTree::kill);
        }
    }

    /** The distribution's own domain.sh, in the background, with the base directory the rendered script was applied to. */
    private static ProcessHandle start(Path wildfly, Path work, String host) throws IOException {
        Path base = work.resolve("hosts").resolve(host);
        ProcessBuilder pb = new ProcessBuilder(wildfly.resolve("bin/domain.sh").toString(),
                "--host-config=" + ("primary".equals(host) ? "host-primary.xml" : "host-secondary.xml"),
                "-Djboss.domain.base.dir=" + base, "-Djboss.host.name=" + host, "-Djava.net.preferIPv4Stack=true")
                .redirectErrorStream(true).redirectOutput(work.resolve(host + "-console.log").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().put("JBOSS_HOME", wildfly.toString());
        pb.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        return pb.start().toHandle();
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file).trim();
    }
}
