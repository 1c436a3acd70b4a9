package dev.steadfast.ops.provision;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.steadfast.ops.UserError;
import dev.steadfast.ops.system.PrivateFiles;
import dev.steadfast.ops.topology.DatabaseKind;
import dev.steadfast.ops.topology.Group;
import dev.steadfast.ops.topology.Topology;

/**
 * Deployments every application group has before its servers first boot, as guarded CLI commands applied on the
 * domain controller: steadfast-probe.war (docs/reasons.md#clusters-form-at-boot) and, with PostgreSQL, its JDBC
 * driver, which the launcher names.
 */
record BootDeployments(StateDir state, Path postgresqlDriver) {

    String commands(Topology topology, DatabaseKind database) {
        StringBuilder cli = new StringBuilder();
        Path probe = ProbeApp.write(PrivateFiles.directory(state.apps()));
        cli.append(deployToWorkerGroups(topology, probe, ProbeApp.NAME));
        if (database == DatabaseKind.POSTGRESQL) {
            requireDriver(database);
            cli.append(deployToWorkerGroups(topology, postgresqlDriver, DatabaseKind.POSTGRESQL.driver()));
        }
        return cli.toString();
    }

    /** Refuses PostgreSQL without its driver before anything is made or started. */
    void requireDriver(DatabaseKind database) {
        if (database == DatabaseKind.POSTGRESQL && (postgresqlDriver == null || !Files.isRegularFile(postgresqlDriver))) {
            throw new UserError("The PostgreSQL driver is missing" + (postgresqlDriver == null ? "" : " at " + postgresqlDriver)
                    + "; build first with ./mvnw -q install -DskipTests.");
        }
    }

    private static String deployToWorkerGroups(Topology topology, Path archive, String name) {
        List<String> groups = topology.workerGroups().stream().map(Group::name).toList();
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
