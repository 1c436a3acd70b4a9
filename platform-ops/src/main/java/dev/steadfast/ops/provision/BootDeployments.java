package dev.steadfast.ops.provision;

import java.nio.file.Path;
import java.util.List;

import dev.steadfast.ops.ContentHash;
import dev.steadfast.ops.system.PrivateFiles;
import dev.steadfast.ops.topology.DatabaseKind;
import dev.steadfast.ops.topology.Topology;

/**
 * Deployments every application group and its twin have before their servers first boot, as guarded CLI commands
 * applied on the domain controller: steadfast-probe.war (docs/reasons.md#clusters-form-at-boot) and, with PostgreSQL, its JDBC
 * driver, which the launcher names.
 */
record BootDeployments(StateDir state, Path postgresqlDriver) {

    String commands(Topology topology, DatabaseKind database) {
        StringBuilder cli = new StringBuilder();
        Path probe = ProbeApp.write(PrivateFiles.directory(state.apps()));
        cli.append(deployToWorkerGroups(topology, probe, ProbeApp.NAME));
        cli.append(replaceWhenChanged(probe, ProbeApp.NAME, "steadfast.probe.sha1"));
        if (database == DatabaseKind.POSTGRESQL) {
            requireDriver(database);
            cli.append(deployToWorkerGroups(topology, postgresqlDriver, DatabaseKind.POSTGRESQL.driver()));
        }
        return cli.toString();
    }

    /** Refuses PostgreSQL without its driver before anything is made or started. */
    void requireDriver(DatabaseKind database) {
        if (database == DatabaseKind.POSTGRESQL) {
            Database.requirePostgresqlDriver(postgresqlDriver);
        }
    }

    /**
     * A domain provisioned by an earlier release keeps the probe it got then: the guard above looks at the name only.
     * The probe's content hash is kept as a domain system property, and a probe whose hash differs replaces the old
     * content in every group that has it ({@code deploy --force}). The hash is not secret.
     */
    private static String replaceWhenChanged(Path archive, String name, String propertyName) {
        String property = "/system-property=" + propertyName;
        String sha1 = ContentHash.sha1(archive);
        return "if (outcome != success || result != \"" + sha1 + "\") of " + property + ":read-attribute(name=value)\n"
                + "    deploy --force " + archive + " --name=" + name + "\n"
                + "end-if\n"
                + "if (outcome != success) of " + property + ":read-resource\n"
                + "    " + property + ":add(value=\"" + sha1 + "\", boot-time=false)\n"
                + "end-if\n"
                + "if (result != \"" + sha1 + "\") of " + property + ":read-attribute(name=value)\n"
                + "    " + property + ":write-attribute(name=value, value=\"" + sha1 + "\")\n"
                + "end-if\n";
    }


    private static String deployToWorkerGroups(Topology topology, Path archive, String name) {
        List<String> groups = topology.workerGroups().stream().flatMap(g -> g.domainGroups().stream()).toList();
        StringBuilder cli = new StringBuilder("if (outcome != success) of /deployment=" + name + ":read-resource\n"
                + "    deploy " + archive + " --name=" + name + " --server-groups=" + String.join(",", groups) + "\n"
                + "end-if\n");
        for (String g : groups) {
            cli.append("if (outcome != success) of /server-group=").append(g).append("/deployment=").append(name).append(":read-resource\n")
                    .append("    /server-group=").append(g).append("/deployment=").append(name).append(":add(enabled=true)\n")
                    .append("end-if\n");
        }
        return cli.toString();
    }
}
