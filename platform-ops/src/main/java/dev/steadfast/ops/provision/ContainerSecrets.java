package dev.steadfast.ops.provision;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.steadfast.ops.system.PrivateFiles;

/**
 * What a container of a {@link CloudServer} image is given at start, as files in {@code /run/secrets}: the key of the
 * encrypted expressions, the TLS and cluster key stores, and {@value #PROPERTIES}, the profile's secret parameters as
 * system properties whose values are encrypted expressions ({@code ${ENC::steadfast:...}}), so that even a dump of
 * the server's system properties shows no secret. All of it is the state's own, generated at set-up (0600).
 */
public record ContainerSecrets(Secrets secrets) {

    /** The file of secret system properties, which the server loads with {@code --properties}. */
    public static final String PROPERTIES = "steadfast.properties";

    /**
     * The files to mount, by their name in {@code /run/secrets}, with a TLS key pair that names every one of the
     * addresses the servers are reached at.
     */
    public Map<String, Path> files(Collection<String> addresses) {
        return files(addresses, Optional.empty());
    }

    /**
     * The same, with the password of a PostgreSQL database the containers are to use (docker/server/start-server) read
     * from the user's file into the state's secrets, in place of the one the state generated.
     */
    public Map<String, Path> files(Collection<String> addresses, Optional<Path> databasePasswordFile) {
        databasePasswordFile.ifPresent(file -> Database.storePassword(secrets, file));
        secrets.ensureKeyMaterial(addresses);
        Map<String, String> values = new LinkedHashMap<>();
        secrets.putProfileSecrets(values);
        Path properties = secrets.directory().resolve(PROPERTIES);
        PrivateFiles.write(properties, values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n", "", "\n")));
        Map<String, Path> files = new LinkedHashMap<>();
        for (Path file : new Path[] {secrets.secretKeyStore(), secrets.keyStore(), secrets.clusterKeyStore(), properties}) {
            files.put(file.getFileName().toString(), file);
        }
        return files;
    }
}
