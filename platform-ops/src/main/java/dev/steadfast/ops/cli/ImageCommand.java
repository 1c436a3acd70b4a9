package dev.steadfast.ops.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "image", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Builds the cloud shape's image of an application with Podman: a standalone WildFly server configured "
                + "offline by the curated scripts, with the WAR and PostgreSQL's driver as deployments and no secret in it, on the "
                + "base image of Debian's packages (built first when missing); docker/README.md says how to run it.",
            "Makes, in this state, the secrets its containers are given as files in /run/secrets, and says where they are: "
                + "use a state of its own for the image, since the TLS certificate names the addresses given here."})
final class ImageCommand implements Runnable {

    /** An IPv4 address or a DNS name, as a TLS certificate can name it. */
    private static final String ADDRESS = "(\\d{1,3}\\.){3}\\d{1,3}|[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*";

    @ParentCommand
    private Steadfast steadfast;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "WAR", description = "The application, named like shop.war: its name is the image's and the context root.")
    private Path war;

    @Option(names = "--address", required = true, paramLabel = "ADDRESS",
            description = "An address or DNS name the servers are reached at, which the TLS certificate names; repeat it for each "
                    + "(the Service's name, the ingress's backend, a pod's address).")
    private List<String> addresses;

    @Option(names = "--db-password-file", paramLabel = "FILE",
            description = "The password of the PostgreSQL database the containers will name (STEADFAST_DB_URL), read into this "
                    + "state's secrets; without it, the state's own, for H2 in memory.")
    private Path databasePasswordFile;

    @Override
    public void run() {
        for (String address : addresses) {
            if (!address.matches(ADDRESS)) {
                throw new ParameterException(spec.commandLine(), "--address must be an IPv4 address or a DNS name, not '" + address + "'.");
            }
        }
        steadfast.domain().image(war.toAbsolutePath().normalize(), addresses, Optional.ofNullable(databasePasswordFile));
    }
}
